/**
 * The room editor: its frame, the conversation (laid out off the display thread by
 * {@link org.causerie.muc.ui.internal.editor.EntryFormatter}) and private tabs, the
 * occupants by role with their menu, the tool bar with plugins' room tools.
 */
package org.causerie.muc.ui.internal.editor;
