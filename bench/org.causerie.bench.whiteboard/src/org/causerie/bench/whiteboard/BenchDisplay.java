package org.causerie.bench.whiteboard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * An SWT display on a thread of its own, running its event loop until closed. One per
 * process (SWT on GTK has one display): {@link #shared()}.
 */
final class BenchDisplay implements AutoCloseable {

    private static BenchDisplay shared;

    private final CompletableFuture<Display> started = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean closing;

    /** @return the process's display, started on first use */
    static synchronized BenchDisplay shared() {
        if (shared == null) {
            shared = new BenchDisplay();
        }
        return shared;
    }

    private BenchDisplay() {
        thread = new Thread(this::loop, "causerie-bench-display");
        thread.setDaemon(true);
        thread.start();
    }

    Display display() throws Exception {
        return started.get(30, TimeUnit.SECONDS);
    }

    private void loop() {
        Display display;
        try {
            display = new Display();
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
            return;
        }
        started.complete(display);
        while (!closing) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }

    /** @return what the supplier gives, computed on the display thread */
    <T> T read(Supplier<T> supplier) throws Exception {
        Object[] out = new Object[1];
        display().syncExec(() -> out[0] = supplier.get());
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }

    @Override
    public void close() throws Exception {
        Display display = display();
        closing = true;
        display.wake();
        thread.join(10_000);
    }
}
