/**
 * The chat editor, one e4 part per conversation: the transcript (a bounded
 * {@link org.eclipse.swt.custom.StyledText} with links, emoticon pictures and
 * delivery states), the input (Enter sends, Shift+Enter starts a line, Up edits
 * the last message), chat states both ways, the resource selector, and the
 * panels contributed beside the conversation.
 */
package org.causerie.chat.ui.internal.editor;
