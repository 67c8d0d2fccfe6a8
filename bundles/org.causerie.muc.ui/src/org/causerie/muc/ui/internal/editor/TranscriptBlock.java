package org.causerie.muc.ui.internal.editor;

import java.util.List;

import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.custom.StyleRange;

/**
 * One line of a transcript in its widget: where its text starts in the widget's
 * text, and its style ranges (relative to that start), made when the widget first
 * lays it out. Display thread only.
 */
final class TranscriptBlock {

    private final RenderedEntry entry;
    private int start;
    private List<StyleRange> ranges;

    TranscriptBlock(RenderedEntry entry, int start) {
        this.entry = entry;
        this.start = start;
    }

    RenderedEntry entry() {
        return entry;
    }

    int start() {
        return start;
    }

    int end() {
        return start + entry.text().length();
    }

    void shift(int by) {
        start += by;
    }

    /** @return the style ranges of the line's spans, relative to its start */
    List<StyleRange> ranges(SpanStyles styles) {
        if (ranges == null) {
            ranges = styles.ranges(entry.spans(), 0, true);
        }
        return ranges;
    }
}
