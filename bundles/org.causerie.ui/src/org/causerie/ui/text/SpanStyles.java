package org.causerie.ui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.widgets.Display;

/**
 * The look of each kind of {@link Span} in a {@link org.eclipse.swt.custom.StyledText}
 * transcript: names in bold (others' and one's own in two colours), meta information
 * in grey, links underlined, emoticons as pictures (the first character of the
 * emoticon's text takes the picture's width, the others none, so that copying still
 * gives the text; {@link EmoticonPainter} draws the picture of a range whose
 * {@code data} is an {@link Emoticon}). Create and use on the display thread.
 */
public final class SpanStyles {

    private static final Color PEER = new Color(150, 30, 30);
    private static final Color SELF = new Color(30, 60, 150);
    private static final Color CORRECTED = new Color(170, 90, 0);
    private static final Color NOTICE = new Color(0, 110, 110);

    private final Color meta;
    private final Color link;
    private final Color error;
    private final int pictureSize;
    private final int ascent;
    private final int descent;

    /**
     * @param display the display the colours belong to
     * @param pictureSize the emoticon pictures' size in pixels ({@link EmoticonPainter#size()})
     * @param ascent the transcript font's ascent
     * @param descent the transcript font's descent
     */
    public SpanStyles(Display display, int pictureSize, int ascent, int descent) {
        this.meta = display.getSystemColor(SWT.COLOR_DARK_GRAY);
        this.link = display.getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        this.error = display.getSystemColor(SWT.COLOR_RED);
        this.pictureSize = pictureSize;
        this.ascent = ascent;
        this.descent = descent;
    }

    /**
     * @param spans the spans of a block of text, relative to its start, in order
     * @param offset where the block starts in the widget's text
     * @param pictures whether emoticons are drawn as pictures (else they stay text)
     * @return the style ranges for the block, in order
     */
    public List<StyleRange> ranges(List<Span> spans, int offset, boolean pictures) {
        List<StyleRange> ranges = new ArrayList<>(spans.size() + 2);
        for (Span span : spans) {
            int start = offset + span.start();
            switch (span.kind()) {
                case SENDER_IN -> ranges.add(range(start, span.length(), PEER, SWT.BOLD));
                case SENDER_OUT -> ranges.add(range(start, span.length(), SELF, SWT.BOLD));
                case META -> ranges.add(range(start, span.length(), meta, SWT.NORMAL));
                case ERROR -> ranges.add(range(start, span.length(), error, SWT.BOLD));
                case CORRECTED -> ranges.add(range(start, span.length(), CORRECTED, SWT.ITALIC));
                case LINK -> ranges.add(link(start, span.length(), SWT.NORMAL));
                case SHOW_WHOLE -> ranges.add(link(start, span.length(), SWT.BOLD));
                case NOTICE -> ranges.add(range(start, span.length(), NOTICE, SWT.ITALIC));
                case EMOTICON -> {
                    if (pictures) {
                        emoticon(ranges, start, span);
                    }
                }
            }
        }
        return ranges;
    }

    private void emoticon(List<StyleRange> ranges, int start, Span span) {
        StyleRange picture = new StyleRange();
        picture.start = start;
        picture.length = 1;
        int size = pictureSize;
        picture.metrics = new GlyphMetrics(Math.max(ascent, size - descent), descent, size + 2);
        picture.data = Emoticon.valueOf(span.value().toUpperCase(Locale.ROOT));
        ranges.add(picture);
        if (span.length() > 1) {
            StyleRange hidden = new StyleRange();
            hidden.start = start + 1;
            hidden.length = span.length() - 1;
            hidden.metrics = new GlyphMetrics(0, 0, 0);
            ranges.add(hidden);
        }
    }

    private static StyleRange range(int start, int length, Color foreground, int fontStyle) {
        StyleRange range = new StyleRange(start, length, foreground, null, fontStyle);
        return range;
    }

    private StyleRange link(int start, int length, int fontStyle) {
        StyleRange range = range(start, length, link, fontStyle);
        range.underline = true;
        range.underlineStyle = SWT.UNDERLINE_LINK;
        return range;
    }
}
