package org.causerie.testing.workbench;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives SWT widgets from the test thread the way a user would: reads happen with
 * {@code syncExec}; clicks with {@code asyncExec}, because a click may open a modal
 * dialog whose event loop only ends when the test closes it. The static finders must
 * be called on the display thread (inside {@link #read(Supplier)} or {@link #run(Runnable)}).
 */
public final class Ui {

    /** How long {@link #waitFor(String, Supplier)} waits before it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Display display;

    /** @param display the workbench's display (see {@link WorkbenchRunner#display()}) */
    public Ui(Display display) {
        this.display = display;
    }

    /**
     * Evaluates the supplier on the display thread and waits for it.
     *
     * @return what the supplier returned
     * @throws RuntimeException what the supplier threw
     */
    public <T> T read(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(supplier.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Runs on the display thread and waits for it (rethrowing what it throws). */
    public void run(Runnable runnable) {
        read(() -> {
            runnable.run();
            return null;
        });
    }

    /**
     * Waits until the probe, evaluated on the display thread, returns a value.
     *
     * @param what what is awaited, for the failure message
     * @return the value
     * @throws AssertionError after {@link #TIMEOUT}
     */
    public <T> T waitFor(String what, Supplier<Optional<T>> probe) {
        return waitFor(what, TIMEOUT, probe);
    }

    /**
     * Waits until the probe, evaluated on the display thread, returns a value, for
     * what comes only after a while by design (idle times, inactivity).
     *
     * @param what what is awaited, for the failure message
     * @param timeout how long to wait before failing
     * @return the value
     * @throws AssertionError after the timeout
     */
    public <T> T waitFor(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = read(probe);
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** @return the visible shell with this title, once there is one */
    public Shell shell(String title) {
        return waitFor("a window titled '" + title + "'", () -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst());
    }

    /** Waits until the shell is disposed. */
    public void waitClosed(Shell shell) {
        waitFor("the window to close", () -> shell.isDisposed() ? Optional.of(true) : Optional.empty());
    }

    /**
     * Saves a picture of the screen as {@code <name>.png} in the folder named by the
     * system property {@code causerie.ui.screenshots}, if it is set, for a person to look at.
     */
    public void screenshot(String name) {
        String folder = System.getProperty("causerie.ui.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Thread.sleep(300); // let the display thread paint what changed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run(() -> {
            new File(folder).mkdirs();
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                loader.save(new File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /** Clicks a button without waiting for what the click does. */
    public void click(Button button) {
        display.asyncExec(() -> {
            if (!button.isDisposed()) {
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Selects a table row as a click on it would, telling the viewer. */
    public void select(TableItem item) {
        run(() -> {
            Table table = item.getParent();
            table.setSelection(item);
            Event event = new Event();
            event.item = item;
            table.notifyListeners(SWT.Selection, event);
        });
    }

    /** Runs on the display thread without waiting (the runnable may open a modal dialog). */
    public void runAsync(Runnable runnable) {
        display.asyncExec(runnable);
    }

    /** Selects a tree row as a click on it would. */
    public void select(TreeItem item) {
        run(() -> {
            Tree tree = item.getParent();
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        });
    }

    /** @return the controls of that type under {@code root} (at any depth) that pass the filter */
    public static <T extends Widget> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    private static <T extends Widget> void collect(Composite root, Class<T> type, Predicate<T> filter,
            List<T> found) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && filter.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, filter, found);
            }
        }
    }

    /**
     * @param key the widget data key the UI bundle names its widgets under (its {@code WidgetIds.KEY})
     * @return the one widget of that type under {@code root} named {@code id}
     * @throws AssertionError when there is none or more than one
     */
    public static <T extends Widget> T named(Composite root, Class<T> type, String key, String id) {
        List<T> found = all(root, type, w -> id.equals(w.getData(key)));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " widgets named " + id);
        }
        return found.get(0);
    }

    /** @return the one button labelled {@code text} */
    public static Button button(Composite root, String text) {
        List<Button> found = all(root, Button.class, b -> text.equals(b.getText()));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " buttons labelled " + text);
        }
        return found.get(0);
    }

    /** @return the dialog button with this JFace id (IDialogConstants) */
    public static Button dialogButton(Shell dialog, int id) {
        List<Button> found = all(dialog, Button.class, b -> Integer.valueOf(id).equals(b.getData()));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " dialog buttons with id " + id);
        }
        return found.get(0);
    }
}
