package org.causerie.muc.ui.internal;

import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;

import org.causerie.muc.MucService;
import org.causerie.muc.ui.internal.editor.OccupantTree;
import org.causerie.muc.ui.internal.editor.RoomFrame;
import org.causerie.ui.ClassWarming;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.causerie.ui.text.SpanStyles;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.FrameworkUtil;

/**
 * Loads and links, on a background thread, the classes the first room editor (and
 * the join) needs: this bundle's, the rooms service's, the text pieces' and the SWT
 * widgets the editor is the first to use (the styled text and its renderer, the
 * tree, links, the clipboard and accessibility behind them). Without it the display
 * thread reads, defines and verifies hundreds of classes while the first room editor
 * of a session is created, a stall of a few hundred milliseconds (bench/muc). Linking
 * (verification) happens when a class's constructors are asked for, without running
 * its static initializer; only this bundle's strings are read here too. Only what the
 * editor uses is named, to keep the memory held by classes small; a class that cannot
 * be loaded is skipped: this only makes later work faster.
 *
 * <p>Then, on the display thread, one short turn at a time with time for events in
 * between, it makes each kind of widget the editor is the first to make in a shell
 * that is never shown, and throws them away: what only the display thread can do the
 * first time (the clipboard, GTK's text view, the styled text's font metrics and
 * input method, the tree, the theme's styling of each kind) is then done before the
 * first join, not during it. Last, a step a turn, it makes a whole editor's widgets
 * for no room ({@link RoomFrame#warmUp}) with two occupants and a few lines of
 * history, laid out at an editor's size: the editor's own code (interpreted until
 * then, its lambdas linked on first use), JFace's bold font and the layout of each
 * widget have then all run once. Each turn costs the display thread a few
 * milliseconds, at most about 20 (bench/muc).
 */
public final class WarmUp implements Runnable {

    /** {@link Shell#getData(String)} key marking the warm-up's shell (never shown, disposed at the end). */
    public static final String SHELL_KEY = WarmUp.class.getName();

    /** Where to look and which classes: a bundle (by one of its classes), a folder, a file pattern. */
    private record Classes(Class<?> anchor, String path, String pattern, boolean recurse) {
    }

    private static final boolean LOCAL = false;
    private static final boolean ALL = true;

    private static final List<Classes> CLASSES = List.of(
            new Classes(WarmUp.class, "/org/causerie/muc/ui", "*.class", ALL),
            new Classes(MucService.class, "/org/causerie/muc", "*.class", ALL),
            new Classes(SpanStyles.class, "/org/causerie/ui/text", "*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "StyledText*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "DefaultContent*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "ST*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "StyleRange.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "SashForm*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "Text*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/custom", "PaintObject*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "Tree*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "Link*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "Text*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "Sash*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "Caret*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/widgets", "IME*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/graphics", "TextLayout*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/graphics", "TextStyle*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/graphics", "GlyphMetrics*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/dnd", "Clipboard*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/dnd", "*Transfer*.class", LOCAL),
            new Classes(StyledText.class, "/org/eclipse/swt/accessibility", "*.class", LOCAL));

    /** The pause between two of the display thread's warm-up turns, for the events waiting. */
    private static final int TURN_GAP_MILLIS = 20;
    /** The size of the warm-up's editor (never shown): its widgets are laid out as in a window. */
    private static final int EDITOR_WIDTH = 800;
    private static final int EDITOR_HEIGHT = 600;
    /** The font definitions JFace's font registry reads when it is first asked for (the title's bold font). */
    private static final String JFACE_FONTS = "org.eclipse.jface.resource.jfacefonts";

    private static volatile boolean started;
    /** The classes linked, once the last display turn ran; failed with the first turn that failed. */
    private static final CompletableFuture<Result> FINISHED = new CompletableFuture<>();

    /**
     * What the warm-up did.
     *
     * @param linked the classes linked
     * @param editorSteps the steps of the whole editor's widgets run (none without a rooms service)
     */
    public record Result(int linked, int editorSteps) {
    }

    private final Display display;
    private final MucUi ui;
    /** Display turns to come (the warm-up's thread adds the first ones, a turn may add more in front). */
    private final Deque<Runnable> turns = new ConcurrentLinkedDeque<>();
    private int linked;
    private int editorSteps;
    private RuntimeException failure;

    private WarmUp(Display display, MucUi ui) {
        this.display = display;
        this.ui = ui;
    }

    /** @return what the warm-up did, once it is over; failed with the first turn that failed (tests) */
    public static CompletableFuture<Result> finished() {
        return FINISHED;
    }

    /** Starts the warm-up once per session, on a thread of its own, then in turns of the display thread. */
    static void start(Display display, MucUi ui) {
        if (!started) {
            started = true;
            Thread thread = new Thread(new WarmUp(display, ui), "causerie-muc-ui-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    @Override
    public void run() {
        for (Classes classes : CLASSES) {
            linked += ClassWarming.link(classes.anchor(), classes.path(), classes.pattern(), classes.recurse());
        }
        try {
            // its strings too: the editor's first label would read the message files on the display thread
            Class.forName(Messages.class.getName(), true, WarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // then the display thread reads them, as it did before
        }
        localize();
        Shell[] shell = new Shell[1];
        turns.addAll(List.of(
                () -> {
                    shell[0] = new Shell(display, SWT.NONE); // never opened
                    shell[0].setData(SHELL_KEY, Boolean.TRUE);
                    shell[0].setLayout(new FillLayout());
                    shell[0].setSize(EDITOR_WIDTH, EDITOR_HEIGHT);
                },
                () -> new Clipboard(display).dispose(),
                () -> JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT), // the editor's title
                () -> new RoomTranscript(shell[0], link -> { }).control().dispose(),
                () -> new Text(shell[0], SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER).dispose(),
                () -> {
                    TreeItem item = new TreeItem(new OccupantTree(shell[0]).control(), SWT.NONE);
                    item.setText("-");
                    item.getParent().dispose();
                },
                () -> {
                    Link link = new Link(shell[0], SWT.NONE);
                    link.setText("<a>-</a>");
                    link.dispose();
                }));
        // then a whole editor's widgets for no room, a step a turn: the code, the lambdas and the widgets'
        // kinds of the first editor are all used once before it
        turns.add(() -> ui.muc().ifPresent(muc -> RoomFrame.warmUp(shell[0], ui, muc).reversed()
                .forEach(step -> turns.addFirst(() -> {
                    step.run();
                    editorSteps++;
                }))));
        turns.add(() -> shell[0].dispose());
        next();
    }

    /** Runs the next turn on the display thread, then (after a pause) the one after; stops when the workbench goes. */
    private void next() {
        Runnable turn = turns.poll();
        if (turn == null || display.isDisposed()) {
            if (failure == null) {
                FINISHED.complete(new Result(linked, editorSteps));
            } else {
                FINISHED.completeExceptionally(failure);
            }
            return;
        }
        Consumer<Runnable> later = display.getThread() == Thread.currentThread()
                ? r -> display.timerExec(TURN_GAP_MILLIS, r) : display::asyncExec;
        try {
            later.accept(() -> {
                try {
                    turn.run();
                } catch (RuntimeException e) {
                    // a widget this display cannot make: the editor will say so itself, if it needs one
                    failure = failure == null ? e : failure;
                }
                next();
            });
        } catch (RuntimeException e) {
            FINISHED.completeExceptionally(e); // the display went away meanwhile
        }
    }

    /**
     * Reads, on this thread, the resource bundles the first editor's display turn would read: this
     * bundle's model labels (e4 translates the part's label) and JFace's font definitions (the title's
     * bold font).
     */
    private static void localize() {
        try {
            FrameworkUtil.getBundle(WarmUp.class).getHeaders(Locale.getDefault().toString());
            ResourceBundle.getBundle(JFACE_FONTS, Locale.getDefault(), JFaceResources.class.getClassLoader());
        } catch (RuntimeException e) {
            // read on the display thread then, as before
        }
    }
}
