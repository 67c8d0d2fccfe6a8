package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.Emoticon;
import org.causerie.ui.text.EmoticonPainter;
import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

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
 * Scrolling to the top puts the {@value #PAGE} lines before back. The widget's part
 * of the lines is kept by {@link TranscriptWindow}; clicks on links and on "show the
 * whole message" are {@link TranscriptClicks}'s. Display thread only.
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
    private static final int DROP_BATCH = 200;

    private final StyledText text;
    private final EmoticonPainter emoticons;
    private final TranscriptLines lines = new TranscriptLines(MAX_ENTRIES, DROP_BATCH);
    private final TranscriptWindow window;
    private final List<Consumer<RoomTranscript>> shownListeners = new CopyOnWriteArrayList<>();
    private boolean revealScheduled;
    /** Whether the view shows the last line (it then follows new ones); changed by the user scrolling. */
    private boolean following = true;
    private boolean followCheckScheduled;

    /** @param openLink told the address of a link the user clicked */
    public RoomTranscript(Composite parent, Consumer<String> openLink) {
        text = WidgetIds.name(new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                WidgetIds.TRANSCRIPT);
        text.setMargins(6, 4, 6, 4);
        text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GC gc = new GC(text);
        FontMetrics metrics = gc.getFontMetrics();
        gc.dispose();
        emoticons = new EmoticonPainter(metrics.getHeight());
        window = new TranscriptWindow(text, lines);
        BlockStyles blockStyles = new BlockStyles(window.blocks(), new SpanStyles(parent.getDisplay(),
                emoticons.size(), metrics.getAscent(), metrics.getDescent()));
        text.addLineStyleListener(blockStyles);
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof Emoticon emoticon) {
                emoticons.paint(e.gc, emoticon, e.x + 1, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        new TranscriptClicks(text, window.blocks(), blockStyles, openLink);
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
        return window.blocks().size();
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
        return window.isShown(key);
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
                window.appended(appended, follow); // the widget reaches the end of the lines again
                appended.clear();
                window.inserted(lines.insertByTime(entry), entry);
            }
            window.appended(appended, follow);
            window.dropExcess();
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
                window.replace(format.apply(m));
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

    /**
     * The widget was painted with its first line at the top (a scroll the events above
     * did not tell): the lines before it go back in, the view stays put.
     */
    private void revealWhenAtTop() {
        if (window.hasOlder() && !revealScheduled && atTop()) {
            revealScheduled = true;
            text.getDisplay().asyncExec(() -> {
                revealScheduled = false;
                if (!text.isDisposed() && window.hasOlder() && atTop()) {
                    window.revealOlder(PAGE);
                }
            });
        }
    }

    /** @return whether the first line shows (at least in part): cheap, it only looks at the lines above the top */
    private boolean atTop() {
        return text.getTopIndex() <= 1 && text.getLinePixel(0) > -text.getLineHeight(0);
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
                if (window.hasOlder() && atTop()) {
                    window.revealOlder(PAGE);
                }
            }
        });
    }
}
