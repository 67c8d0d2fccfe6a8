package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;

/**
 * The part of a transcript's held lines that its {@link StyledText} has: the lines
 * of {@link TranscriptLines} from one of them to the end, one
 * {@link TranscriptBlock} each. Puts lines in (appended, inserted by time, the
 * newest at once, older ones back at the top) and takes them out, keeping the
 * blocks and the widget's text in step; the sizes are {@link RoomTranscript}'s
 * ({@value RoomTranscript#WINDOW} lines while following the end). Display thread
 * only.
 */
final class TranscriptWindow {

    private static final int SLACK = 40;

    private final StyledText text;
    private final TranscriptLines lines;
    /** The widget's lines, in order; {@link BlockStyles} reads them. */
    private final List<TranscriptBlock> blocks = new ArrayList<>();
    private final Quiet topUpWhenQuiet;
    /** The index, among the held lines, of the widget's first line. */
    private int first;

    TranscriptWindow(StyledText text, TranscriptLines lines) {
        this.text = text;
        this.lines = lines;
        topUpWhenQuiet = new Quiet(text.getDisplay(), RoomTranscript.TOP_UP_MILLIS, this::topUp);
    }

    /** @return the blocks in the widget, in order (live: read, never changed, by the caller) */
    List<TranscriptBlock> blocks() {
        return blocks;
    }

    /** @return whether held lines come before the widget's first */
    boolean hasOlder() {
        return first > 0;
    }

    /** @return whether the line with that key is in the widget */
    boolean isShown(String key) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).entry().key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Puts lines just appended to the held ones into the widget. */
    void appended(List<RenderedEntry> appended, boolean follow) {
        if (follow && appended.size() >= RoomTranscript.WINDOW) {
            showNewest();
        } else if (!appended.isEmpty()) {
            appendToWidget(appended);
            if (follow && blocks.size() > RoomTranscript.WINDOW + SLACK) {
                dropFromWidget(blocks.size() - RoomTranscript.WINDOW);
            }
        }
    }

    /** A line was inserted among the held ones at that index (-1: not inserted). */
    void inserted(int index, RenderedEntry entry) {
        if (index >= first) {
            insertIntoWidget(index - first, entry);
        } else if (index >= 0) {
            first++;
        }
    }

    /** Drops the held lines beyond the most kept, and those of them the widget has. */
    void dropExcess() {
        int excess = lines.excess();
        if (excess > 0) {
            if (excess > first) {
                dropFromWidget(excess - first);
            }
            lines.dropOldest(excess);
            first -= excess;
        }
    }

    /** Replaces a held line by a new layout of it, in place in the widget if it is there. */
    void replace(RenderedEntry entry) {
        int block = lines.replace(entry) - first;
        if (block < 0 || block >= blocks.size()) {
            return; // not held, or not in the widget now: it shows as laid out when it comes back
        }
        TranscriptBlock old = blocks.get(block);
        int at = old.start();
        int delta = entry.text().length() - old.entry().text().length();
        // the blocks first: the widget asks for the styles of the new line while it takes the text
        blocks.set(block, new TranscriptBlock(entry, at));
        for (int i = block + 1; i < blocks.size(); i++) {
            blocks.get(i).shift(delta);
        }
        text.replaceTextRange(at, old.entry().text().length(), entry.text());
    }

    /** Replaces the widget's text by the newest lines: as many as fill the view, the rest of the window soon. */
    private void showNewest() {
        first = lines.size() - Math.min(lines.size(), fillingTheView());
        blocks.clear();
        StringBuilder all = new StringBuilder();
        for (RenderedEntry entry : lines.range(first, lines.size())) {
            blocks.add(new TranscriptBlock(entry, all.length()));
            all.append(entry.text());
        }
        text.setText(all.toString());
        topUpWhenQuiet.ask();
    }

    /**
     * @return how many of the newest lines fill the view, at least (a line has at least
     *         as many rows as its text has lines), at most {@value RoomTranscript#WINDOW};
     *         the whole window while the widget has no size yet
     */
    private int fillingTheView() {
        int height = text.getClientArea().height;
        return height <= 0 ? RoomTranscript.WINDOW
                : lines.newestSpanning(height / Math.max(1, text.getLineHeight()) + 2, RoomTranscript.WINDOW);
    }

    /** Puts the lines above the view back, up to the window's size (once a burst of replacements is over). */
    private void topUp() {
        if (!text.isDisposed() && first > 0 && blocks.size() < RoomTranscript.WINDOW) {
            revealOlder(RoomTranscript.WINDOW - blocks.size());
        }
    }

    private void appendToWidget(List<RenderedEntry> appended) {
        int start = text.getCharCount();
        StringBuilder added = new StringBuilder();
        for (RenderedEntry entry : appended) {
            blocks.add(new TranscriptBlock(entry, start + added.length()));
            added.append(entry.text());
        }
        text.replaceTextRange(start, 0, added.toString());
    }

    private void insertIntoWidget(int index, RenderedEntry entry) {
        int at = index < blocks.size() ? blocks.get(index).start() : text.getCharCount();
        // the blocks first: the widget asks for the styles of the new line while it takes the text
        for (int i = index; i < blocks.size(); i++) {
            blocks.get(i).shift(entry.text().length());
        }
        blocks.add(index, new TranscriptBlock(entry, at));
        text.replaceTextRange(at, 0, entry.text());
    }

    private void dropFromWidget(int count) {
        int cut = count < blocks.size() ? blocks.get(count).start() : text.getCharCount();
        blocks.subList(0, count).clear();
        blocks.forEach(b -> b.shift(-cut));
        text.replaceTextRange(0, cut, "");
        first += count;
    }

    /** Puts that many lines before the widget's first back at its top; the view stays on the same line. */
    void revealOlder(int count) {
        int from = Math.max(0, first - count);
        StringBuilder older = new StringBuilder();
        List<TranscriptBlock> added = new ArrayList<>();
        for (RenderedEntry entry : lines.range(from, first)) {
            added.add(new TranscriptBlock(entry, older.length()));
            older.append(entry.text());
        }
        text.setRedraw(false);
        try {
            blocks.forEach(b -> b.shift(older.length()));
            blocks.addAll(0, added);
            text.replaceTextRange(0, 0, older.toString());
            first = from;
            text.setTopIndex(text.getLineAtOffset(older.length()));
        } finally {
            text.setRedraw(true);
        }
    }
}
