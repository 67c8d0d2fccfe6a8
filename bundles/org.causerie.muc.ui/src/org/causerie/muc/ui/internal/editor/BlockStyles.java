package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;

/**
 * Gives a transcript's {@code StyledText} the styles of each of its lines when it
 * lays the line out, from the blocks it shows (in order, by start). Rather than
 * style ranges set on the widget: setting them costs two round trips to the X
 * server each time (the widget looks whether the pointer is over a link) and work
 * on every line changed, where a listener is asked only for the lines laid out.
 * The widget still knows links from the styles given here (hand cursor). Display
 * thread only.
 */
final class BlockStyles implements LineStyleListener {

    private final List<TranscriptBlock> blocks;
    private final SpanStyles styles;

    /** @param blocks the blocks in the widget, in order; read, never changed, here */
    BlockStyles(List<TranscriptBlock> blocks, SpanStyles styles) {
        this.blocks = blocks;
        this.styles = styles;
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        event.styles = styles(event.lineOffset, event.lineText.length());
    }

    /** @return the styles of the widget's text from {@code lineStart}, {@code length} characters, in order */
    StyleRange[] styles(int lineStart, int length) {
        int index = blockAt(lineStart);
        if (index < 0) {
            return new StyleRange[0];
        }
        TranscriptBlock block = blocks.get(index);
        int lineEnd = lineStart + length;
        List<StyleRange> out = new ArrayList<>();
        for (StyleRange range : block.ranges(styles)) {
            int from = Math.max(block.start() + range.start, lineStart);
            int to = Math.min(block.start() + range.start + range.length, lineEnd);
            if (from < to) {
                StyleRange line = (StyleRange) range.clone();
                line.start = from;
                line.length = to - from;
                out.add(line);
            }
        }
        return out.toArray(StyleRange[]::new);
    }

    /** @return the index of the block holding that offset of the widget's text, -1 if none */
    int blockAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            TranscriptBlock block = blocks.get(middle);
            if (offset < block.start()) {
                high = middle - 1;
            } else if (offset >= block.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
