package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.Emoticon;
import org.causerie.ui.text.EmoticonPainter;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A room's conversation (or a private one with an occupant) in a read-only,
 * word-wrapping {@link StyledText}: one block per message or event, each known by
 * its key so that a line coming twice (history, then archive) is shown once. Lines
 * from the archive go in by time among the older ones; the others are appended.
 * Bounded: at most {@value #MAX_ENTRIES} lines stay. Display thread only.
 */
public final class RoomTranscript {

    /** The most lines kept (the oldest go first, {@value #DROP_BATCH} at a time). */
    public static final int MAX_ENTRIES = 2000;
    private static final int DROP_BATCH = 200;

    private record Block(RenderedEntry entry, int[] start) {
        int end() {
            return start[0] + entry.text().length();
        }
    }

    private final StyledText text;
    private final SpanStyles styles;
    private final EmoticonPainter emoticons;
    private final Consumer<String> openLink;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Block> byKey = new HashMap<>();
    private final List<Consumer<RoomTranscript>> shownListeners = new CopyOnWriteArrayList<>();

    /** @param openLink told the address of a link the user clicked */
    public RoomTranscript(Composite parent, Consumer<String> openLink) {
        this.openLink = openLink;
        text = WidgetIds.name(new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                WidgetIds.TRANSCRIPT);
        text.setMargins(6, 4, 6, 4);
        text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GC gc = new GC(text);
        FontMetrics metrics = gc.getFontMetrics();
        gc.dispose();
        emoticons = new EmoticonPainter(metrics.getHeight());
        styles = new SpanStyles(parent.getDisplay(), emoticons.size(), metrics.getAscent(), metrics.getDescent());
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof Emoticon emoticon) {
                emoticons.paint(e.gc, emoticon, e.x + 1, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        text.addListener(SWT.MouseUp, this::clicked);
    }

    public StyledText control() {
        return text;
    }

    public int size() {
        return blocks.size();
    }

    /**
     * @param listener told on the display thread each time lines were added to the
     *        widget (bench/muc measures with it when the history is shown)
     */
    public void addShownListener(Consumer<RoomTranscript> listener) {
        shownListeners.add(listener);
    }

    public void removeShownListener(Consumer<RoomTranscript> listener) {
        shownListeners.remove(listener);
    }

    /** @return the line shown last (the newest), if any */
    public Optional<RenderedEntry> last() {
        return blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.get(blocks.size() - 1).entry());
    }

    /** @return whether a line with that key is shown */
    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** Shows new lines: archive ones among the older lines by time, the others at the end; known keys are skipped. */
    public void add(List<RenderedEntry> entries) {
        boolean follow = atEnd();
        text.setRedraw(false);
        try {
            StringBuilder appended = new StringBuilder();
            List<Block> added = new ArrayList<>();
            int base = text.getCharCount();
            for (RenderedEntry entry : entries) {
                if (byKey.containsKey(entry.key())) {
                    continue;
                }
                if (entry.archived()) {
                    insert(entry);
                    base = text.getCharCount();
                    continue;
                }
                Block block = new Block(entry, new int[] {base + appended.length()});
                added.add(block);
                byKey.put(entry.key(), block);
                appended.append(entry.text());
            }
            if (!added.isEmpty()) {
                int start = text.getCharCount();
                text.replaceTextRange(start, 0, appended.toString());
                List<StyleRange> ranges = new ArrayList<>();
                for (Block block : added) {
                    blocks.add(block);
                    ranges.addAll(styles.ranges(block.entry().spans(), block.start()[0], true));
                }
                text.replaceStyleRanges(start, appended.length(), ranges.toArray(StyleRange[]::new));
                if (blocks.size() > MAX_ENTRIES + DROP_BATCH) {
                    dropOldest(blocks.size() - MAX_ENTRIES);
                }
            }
        } finally {
            text.setRedraw(true);
        }
        if (follow) {
            text.setTopIndex(Math.max(0, text.getLineCount() - 1));
        }
        shownListeners.forEach(l -> l.accept(this));
    }

    /** @return the keys shown, in order (tests) */
    public List<String> keys() {
        return blocks.stream().map(b -> b.entry().key()).toList();
    }

    /** @return the lines shown, in order */
    public List<RenderedEntry> entries() {
        return blocks.stream().map(Block::entry).toList();
    }

    private void insert(RenderedEntry entry) {
        int index = 0;
        while (index < blocks.size() && !blocks.get(index).entry().timestamp().isAfter(entry.timestamp())) {
            index++;
        }
        int at = index < blocks.size() ? blocks.get(index).start()[0] : text.getCharCount();
        Block block = new Block(entry, new int[] {at});
        text.replaceTextRange(at, 0, entry.text());
        for (int i = index; i < blocks.size(); i++) {
            blocks.get(i).start()[0] += entry.text().length();
        }
        blocks.add(index, block);
        byKey.put(entry.key(), block);
        text.replaceStyleRanges(at, entry.text().length(),
                styles.ranges(entry.spans(), at, true).toArray(StyleRange[]::new));
    }

    private void dropOldest(int count) {
        int cut = blocks.get(count).start()[0];
        blocks.subList(0, count).forEach(b -> byKey.remove(b.entry().key()));
        blocks.subList(0, count).clear();
        blocks.forEach(b -> b.start()[0] -= cut);
        text.replaceTextRange(0, cut, "");
    }

    private Optional<Span> linkAt(int offset) {
        for (Block block : blocks) {
            if (offset >= block.start()[0] && offset < block.end()) {
                int relative = offset - block.start()[0];
                return block.entry().spans().stream().filter(s -> s.kind() == Span.Kind.LINK)
                        .filter(s -> relative >= s.start() && relative < s.end()).findFirst();
            }
        }
        return Optional.empty();
    }

    private void clicked(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
        if (offset >= 0) {
            linkAt(offset).ifPresent(span -> openLink.accept(span.value()));
        }
    }

    private boolean atEnd() {
        ScrollBar bar = text.getVerticalBar();
        return bar == null || !bar.isVisible() || bar.getSelection() + bar.getThumb() >= bar.getMaximum() - 4;
    }
}
