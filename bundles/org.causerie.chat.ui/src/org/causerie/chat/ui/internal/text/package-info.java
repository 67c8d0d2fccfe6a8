/**
 * A chat message laid out for the transcript, computed without SWT (off the
 * display thread, unit-tested): {@link org.causerie.chat.ui.internal.text.MessageFormatter}
 * and {@link org.causerie.chat.ui.internal.text.RenderedMessage}, on the shared text
 * pieces of {@code org.causerie.ui.text} (safe text, links, emoticons, timestamps).
 */
package org.causerie.chat.ui.internal.text;
