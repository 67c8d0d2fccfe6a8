package org.causerie.chat.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.causerie.chat.ui.internal.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives SWT widgets from the test thread the way a user would: reads happen with
 * {@code syncExec}; clicks with {@code asyncExec}, because a click may open a modal
 * dialog whose event loop only ends when the test closes it.
 */
final class Ui {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Display display;

    Ui(Display display) {
        this.display = display;
    }

    <T> T read(Supplier<T> supplier) {
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

    void run(Runnable runnable) {
        read(() -> {
            runnable.run();
            return null;
        });
    }

    /** Waits until the supplier, evaluated on the display thread, returns a value. */
    <T> T waitFor(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
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
    Shell shell(String title) {
        return waitFor("a window titled '" + title + "'", () -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst());
    }

    void waitClosed(Shell shell) {
        waitFor("the window to close", () -> shell.isDisposed() ? Optional.of(true) : Optional.empty());
    }

    /**
     * Saves a picture of the screen as {@code <name>.png} in the folder named by the
     * system property {@code causerie.ui.screenshots}, if it is set, for a person to look at.
     */
    void screenshot(String name) {
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
            new java.io.File(folder).mkdirs();
            org.eclipse.swt.graphics.Rectangle bounds = display.getBounds();
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width,
                    bounds.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            try {
                gc.copyArea(image, 0, 0);
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
                loader.save(new java.io.File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /** Clicks a button without waiting for what the click does. */
    void click(Button button) {
        display.asyncExec(() -> {
            if (!button.isDisposed()) {
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Selects a table row as a click on it would, telling the viewer. */
    void select(TableItem item) {
        run(() -> {
            Table table = item.getParent();
            table.setSelection(item);
            Event event = new Event();
            event.item = item;
            table.notifyListeners(SWT.Selection, event);
        });
    }

    static <T extends Widget> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
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

    /** @return the one widget of that type named {@code id} (see {@link WidgetIds}) */
    static <T extends Widget> T named(Composite root, Class<T> type, String id) {
        List<T> found = all(root, type, w -> id.equals(w.getData(WidgetIds.KEY)));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " widgets named " + id);
        }
        return found.get(0);
    }

    /** @return the one button labelled {@code text} */
    static Button button(Composite root, String text) {
        List<Button> found = all(root, Button.class, b -> text.equals(b.getText()));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " buttons labelled " + text);
        }
        return found.get(0);
    }

    /** @return the dialog button with this JFace id (IDialogConstants) */
    static Button dialogButton(Shell dialog, int id) {
        List<Button> found = all(dialog, Button.class, b -> Integer.valueOf(id).equals(b.getData()));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " dialog buttons with id " + id);
        }
        return found.get(0);
    }
}
