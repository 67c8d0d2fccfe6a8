/**
 * What the chat editor shows, computed without SWT (off the display thread,
 * unit-tested): hostile text made safe and bounded ({@link SafeText}), links and
 * emoticons found ({@link TextScanner}), timestamps in local time
 * ({@link Timestamps}), and a whole message laid out as text with style spans
 * ({@link MessageFormatter}, {@link RenderedMessage}).
 */
package org.causerie.chat.ui.internal.text;
