package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.causerie.muc.RoomEntry;
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
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A room's conversation (or a private one with an occupant) in a read-only,
 * word-wrapping {@link StyledText}: one block per message or event, each known by
 * its key so that a line coming twice (history, then archive) is shown once. Lines
 * from the archive go in by time among the older ones; the others are appended.
 *
 * <p>Every line is held ({@link TranscriptLines}, at most {@value #MAX_ENTRIES}, as
 * many as the service keeps), but the widget has only the newest part of them:
 * while the view follows the end it keeps about {@value #WINDOW} lines, and a burst
 * of more (a room's history on joining) replaces its text by the newest lines at
 * once, so the work per update stays bounded however long the history is (a
 * {@code StyledText} that wraps lays out every line it scrolls past). Such a
 * replacement puts in only as many lines as fill the view (each line has at least as
 * many rows as its text has lines), and the rest of the {@value #WINDOW} above them
 * {@value #TOP_UP_MILLIS} ms after the last replacement, in a display turn of their
 * own: during a burst only the lines seen are laid out.
 * Scrolling to the top puts the {@value #PAGE} lines before back. A click on a link
 * opens it; on "show the whole message" under a cut message, a window with all of it.
 * Display thread only.
 */
public final class RoomTranscript {

    /** The most lines held (the oldest go first, {@value #DROP_BATCH} at a time). */
    public static final int MAX_ENTRIES = 5000;
    /**
     * The lines the widget keeps while following the end: two to three screens (a
     * line is two to five rows). Each of its rows is laid out when the view scrolls
     * to the end after its text was replaced.
     */
    public static final int WINDOW = 40;
    /** The lines put back at the top when the user scrolls up to it. */
    static final int PAGE = 50;
    /** How long after the last replacement of the widget's text the lines above the view go in. */
    static final int TOP_UP_MILLIS = 150;
    private static final int SLACK = 40;
    private static final int DROP_BATCH = 200;

    private final StyledText text;
    private final EmoticonPainter emoticons;
    private final Consumer<String> openLink;
    private final TranscriptLines lines = new TranscriptLines(MAX_ENTRIES, DROP_BATCH);
    /** The widget's lines: those of {@link #lines} from {@link #first} to the end. */
    private final List<TranscriptBlock> blocks = new ArrayList<>();
    private final BlockStyles blockStyles;
    private final List<Consumer<RoomTranscript>> shownListeners = new CopyOnWriteArrayList<>();
    private int first;
    private boolean revealScheduled;
    /** Whether the view shows the last line (it then follows new ones); changed by the user scrolling. */
    private boolean following = true;
    private boolean followCheckScheduled;
    private final Quiet topUpWhenQuiet;

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
        blockStyles = new BlockStyles(blocks, new SpanStyles(parent.getDisplay(), emoticons.size(), metrics.getAscent(),
                metrics.getDescent()));
        text.addLineStyleListener(blockStyles);
        topUpWhenQuiet = new Quiet(parent.getDisplay(), TOP_UP_MILLIS, this::topUp);
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof Emoticon emoticon) {
                emoticons.paint(e.gc, emoticon, e.x + 1, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        text.addListener(SWT.MouseUp, this::clicked);
        text.addListener(SWT.Paint, e -> revealWhenAtTop());
        text.addListener(SWT.MouseVerticalWheel, e -> userScrolled());
        text.addListener(SWT.KeyDown, e -> userScrolled());
        text.addListener(SWT.Resize, e -> userScrolled());
        if (text.getVerticalBar() != null) {
            text.getVerticalBar().addListener(SWT.Selection, e -> userScrolled());
        }
    }

    public StyledText control() {
        return text;
    }

    /** @return how many lines are held (the widget has the newest of them) */
    public int size() {
        return lines.size();
    }

    /** @return how many lines the widget has now */
    public int shownCount() {
        return blocks.size();
    }

    /**
     * @param listener told on the display thread each time lines were added
     *        (bench/muc measures with it when the history is shown)
     */
    public void addShownListener(Consumer<RoomTranscript> listener) {
        shownListeners.add(listener);
    }

    public void removeShownListener(Consumer<RoomTranscript> listener) {
        shownListeners.remove(listener);
    }

    /** @return whether the line with that key is in the widget */
    public boolean isShown(String key) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).entry().key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Shows new lines: archive ones among the older lines by time, the others at the end; known keys are skipped. */
    public void add(List<RenderedEntry> entries) {
        boolean follow = following;
        text.setRedraw(false);
        try {
            List<RenderedEntry> appended = new ArrayList<>();
            for (RenderedEntry entry : entries) {
                if (!entry.archived()) {
                    if (lines.append(entry)) {
                        appended.add(entry);
                    }
                    continue;
                }
                flush(appended, follow); // the widget reaches the end of the lines again
                appended.clear();
                int index = lines.insertByTime(entry);
                if (index >= first) {
                    insertIntoWidget(index - first, entry);
                } else if (index >= 0) {
                    first++;
                }
            }
            flush(appended, follow);
            int excess = lines.excess();
            if (excess > 0) {
                if (excess > first) {
                    dropFromWidget(excess - first);
                }
                lines.dropOldest(excess);
                first -= excess;
            }
        } finally {
            text.setRedraw(true);
        }
        if (follow) {
            text.setTopIndex(Math.max(0, text.getLineCount() - 1));
        }
        shownListeners.forEach(l -> l.accept(this));
    }

    /**
     * Lays out again, in place, the messages held that carry payloads (message
     * renderers came or went); the view stays where it is.
     */
    public void relayout(Function<RoomEntry, RenderedEntry> format) {
        for (RenderedEntry held : lines.all()) {
            if (held.entry() instanceof RoomMessage m && !m.payloads().isEmpty()) {
                replace(format.apply(m));
            }
        }
    }

    private void replace(RenderedEntry entry) {
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

    /** Puts lines just appended to the held ones into the widget. */
    private void flush(List<RenderedEntry> appended, boolean follow) {
        if (follow && appended.size() >= WINDOW) {
            showNewest();
        } else if (!appended.isEmpty()) {
            appendToWidget(appended);
            if (follow && blocks.size() > WINDOW + SLACK) {
                dropFromWidget(blocks.size() - WINDOW);
            }
        }
    }

    /** @return the keys held, in order (tests) */
    public List<String> keys() {
        return lines.keys();
    }

    /** @return the lines held, in order */
    public List<RenderedEntry> entries() {
        return lines.all();
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
     *         as many rows as its text has lines), at most {@value #WINDOW}; the whole
     *         window while the widget has no size yet
     */
    private int fillingTheView() {
        int height = text.getClientArea().height;
        return height <= 0 ? WINDOW
                : lines.newestSpanning(height / Math.max(1, text.getLineHeight()) + 2, WINDOW);
    }

    /** Puts the lines above the view back, up to the window's size (once a burst of replacements is over). */
    private void topUp() {
        if (!text.isDisposed() && first > 0 && blocks.size() < WINDOW) {
            revealOlder(WINDOW - blocks.size());
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

    /**
     * The widget was painted with its first line at the top (a scroll the events above
     * did not tell): the lines before it go back in, the view stays put.
     */
    private void revealWhenAtTop() {
        if (first > 0 && !revealScheduled && atTop()) {
            revealScheduled = true;
            text.getDisplay().asyncExec(() -> {
                revealScheduled = false;
                if (!text.isDisposed() && first > 0 && atTop()) {
                    revealOlder(PAGE);
                }
            });
        }
    }

    /** @return whether the first line shows (at least in part): cheap, it only looks at the lines above the top */
    private boolean atTop() {
        return text.getTopIndex() <= 1 && text.getLinePixel(0) > -text.getLineHeight(0);
    }

    /** Puts that many lines before the widget's first back at its top; the view stays on the same line. */
    private void revealOlder(int count) {
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

    /** @return the block at an offset of the text and its clickable span there (a link, "show the whole message") */
    private Optional<Map.Entry<TranscriptBlock, Span>> clickableAt(int offset) {
        int index = blockStyles.blockAt(offset);
        if (index < 0) {
            return Optional.empty();
        }
        TranscriptBlock block = blocks.get(index);
        int relative = offset - block.start();
        return block.entry().spans().stream()
                .filter(s -> s.kind() == Span.Kind.LINK || s.kind() == Span.Kind.SHOW_WHOLE)
                .filter(s -> relative >= s.start() && relative < s.end()).findFirst()
                .map(span -> Map.entry(block, span));
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

    /**
     * The view may have moved: whether it shows the last line now, once the event has
     * been handled. (Asking the scroll bar instead would be wrong as long as the widget
     * has not measured every line, and measuring them is what this class avoids.)
     */
    private void userScrolled() {
        if (followCheckScheduled) {
            return;
        }
        followCheckScheduled = true;
        text.getDisplay().asyncExec(() -> {
            followCheckScheduled = false;
            if (!text.isDisposed()) {
                int bottom = text.getLineIndex(Math.max(0, text.getClientArea().height - 1));
                following = bottom >= text.getLineCount() - 1;
                if (first > 0 && atTop()) {
                    revealOlder(PAGE);
                }
            }
        });
    }
}
