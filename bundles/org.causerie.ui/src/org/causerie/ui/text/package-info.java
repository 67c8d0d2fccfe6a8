/**
 * Text of messages as every conversation view shows it (one-to-one chats, rooms):
 * hostile text made safe and bounded ({@link org.causerie.ui.text.SafeText}), links
 * and emoticons found ({@link org.causerie.ui.text.TextScanner},
 * {@link org.causerie.ui.text.Links}) as style {@link org.causerie.ui.text.Span}s,
 * timestamps in local time ({@link org.causerie.ui.text.Timestamps}), lines that
 * plugins' message renderers make of payloads ({@link org.causerie.ui.text.PayloadLines});
 * and, for an SWT
 * {@code StyledText}, the look of the spans ({@link org.causerie.ui.text.SpanStyles})
 * and emoticon pictures drawn without image files
 * ({@link org.causerie.ui.text.EmoticonPainter}). All but the last two are free of SWT
 * and safe on any thread.
 */
package org.causerie.ui.text;
