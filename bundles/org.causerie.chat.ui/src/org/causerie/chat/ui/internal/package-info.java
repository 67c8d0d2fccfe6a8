/**
 * The chat UI's workbench side: the add-on that provides the
 * {@link org.causerie.ui.ConversationOpener} service, finds and creates the chat
 * editors ({@link org.causerie.chat.ui.internal.ConversationParts}), keeps their
 * labels and unread counts, notifies of messages whose editor is not visible,
 * and reopens the conversations left open at the last exit.
 */
package org.causerie.chat.ui.internal;
