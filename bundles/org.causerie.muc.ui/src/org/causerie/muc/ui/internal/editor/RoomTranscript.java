package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.Emoticon;
import org.causerie.ui.text.EmoticonPainter;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.SpanStyles;
import org.causerie.ui.text.WholeMessageWindow;
import org.eclipse.osgi.util.NLS;
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
 * Bounded: at most {@value #MAX_ENTRIES} lines stay. A click on a link opens it; on
 * "show the whole message" under a cut message, a window with all of it. Display
 * thread only.
 */
public final class RoomTranscript {

    static final int MAX_ENTRIES = 2000;
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
    }

    /** @return the keys shown, in order (tests) */
    public List<String> keys() {
        return blocks.stream().map(b -> b.entry().key()).toList();
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

    /** @return the block at an offset of the text and its clickable span there (a link, "show the whole message") */
    private Optional<Map.Entry<Block, Span>> clickableAt(int offset) {
        for (Block block : blocks) {
            if (offset >= block.start()[0] && offset < block.end()) {
                int relative = offset - block.start()[0];
                return block.entry().spans().stream()
                        .filter(s -> s.kind() == Span.Kind.LINK || s.kind() == Span.Kind.SHOW_WHOLE)
                        .filter(s -> relative >= s.start() && relative < s.end()).findFirst()
                        .map(span -> Map.entry(block, span));
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
            clickableAt(offset).ifPresent(found -> {
                if (found.getValue().kind() == Span.Kind.LINK) {
                    openLink.accept(found.getValue().value());
                } else if (found.getKey().entry().entry() instanceof RoomMessage message) {
                    WidgetIds.name(WholeMessageWindow.open(text.getShell(), NLS.bind(Messages.whole_title,
                            message.nick()), message.body()), WidgetIds.WHOLE_MESSAGE);
                }
            });
        }
    }

    private boolean atEnd() {
        ScrollBar bar = text.getVerticalBar();
        return bar == null || !bar.isVisible() || bar.getSelection() + bar.getThumb() >= bar.getMaximum() - 4;
    }
}
