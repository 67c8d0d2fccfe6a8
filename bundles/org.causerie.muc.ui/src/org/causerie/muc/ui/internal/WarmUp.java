package org.causerie.muc.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.causerie.muc.MucService;
import org.causerie.muc.ui.internal.editor.OccupantTree;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

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
 * first join, not during it.
 */
public final class WarmUp implements Runnable {

    /** {@link Shell#getData(String)} key marking the warm-up's shell (never shown, disposed at the end). */
    public static final String SHELL_KEY = WarmUp.class.getName();

    /** Where to look and which classes: a bundle (by one of its classes), a folder, a file pattern. */
    private record Classes(Class<?> anchor, String path, String pattern, int options) {
    }

    private static final int LOCAL = BundleWiring.LISTRESOURCES_LOCAL;
    private static final int ALL = BundleWiring.LISTRESOURCES_LOCAL | BundleWiring.LISTRESOURCES_RECURSE;

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

    private static volatile boolean started;
    /** The classes linked, once the last display turn ran; failed with the first turn that failed. */
    private static final CompletableFuture<Integer> FINISHED = new CompletableFuture<>();

    private final Display display;
    private int linked;
    private RuntimeException failure;

    private WarmUp(Display display) {
        this.display = display;
    }

    /** @return the number of classes linked, once the warm-up is over (tests) */
    public static CompletableFuture<Integer> finished() {
        return FINISHED;
    }

    /** Starts the warm-up once per session, on a thread of its own, then in turns of the display thread. */
    static void start(Display display) {
        if (!started) {
            started = true;
            Thread thread = new Thread(new WarmUp(display), "causerie-muc-ui-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    @Override
    public void run() {
        for (Classes classes : CLASSES) {
            Bundle bundle = FrameworkUtil.getBundle(classes.anchor());
            BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (String resource : wiring.listResources(classes.path(), classes.pattern(), classes.options())) {
                link(bundle, resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
            }
        }
        try {
            // its strings too: the editor's first label would read the message files on the display thread
            Class.forName(Messages.class.getName(), true, WarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // then the display thread reads them, as it did before
        }
        Shell[] shell = new Shell[1];
        List<Runnable> turns = List.of(
                () -> {
                    shell[0] = new Shell(display, SWT.NONE); // never opened
                    shell[0].setData(SHELL_KEY, Boolean.TRUE);
                },
                () -> new Clipboard(display).dispose(),
                () -> new RoomTranscript(shell[0], link -> { }),
                () -> new Text(shell[0], SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                () -> new TreeItem(new OccupantTree(shell[0]).control(), SWT.NONE).setText("-"),
                () -> new Link(shell[0], SWT.NONE).setText("<a>-</a>"),
                () -> shell[0].dispose());
        turn(turns, 0);
    }

    /** Runs a turn on the display thread, then (after a pause) the next; stops when the workbench goes. */
    private void turn(List<Runnable> turns, int index) {
        if (index >= turns.size() || display.isDisposed()) {
            if (failure == null) {
                FINISHED.complete(linked);
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
                    turns.get(index).run();
                } catch (RuntimeException e) {
                    // a widget this display cannot make: the editor will say so itself, if it needs one
                    failure = failure == null ? e : failure;
                }
                turn(turns, index + 1);
            });
        } catch (RuntimeException e) {
            FINISHED.completeExceptionally(e); // the display went away meanwhile
        }
    }

    private void link(Bundle bundle, String name) {
        try {
            bundle.loadClass(name).getDeclaredConstructors(); // loads, links and verifies; initializes nothing
            linked++;
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // a class this platform or this bundle's wiring cannot load: the editor does not need it
        }
    }
}
