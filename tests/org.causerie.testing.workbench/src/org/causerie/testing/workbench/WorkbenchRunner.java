package org.causerie.testing.workbench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Display;

/**
 * Runs the real Causerie workbench (Application.e4xmi through {@link E4Application})
 * on a thread of its own, which becomes the display thread, until {@link #close()}.
 * The branding comes from {@link TestApplicationContext}, as the product's would.
 */
public final class WorkbenchRunner implements AutoCloseable {

    private static WorkbenchRunner shared;

    private final CompletableFuture<E4Workbench> started = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Thread thread;
    private volatile Display display;

    private WorkbenchRunner() {
        thread = new Thread(this::run, "causerie-test-display");
        thread.setDaemon(true);
    }

    /**
     * Starts the workbench and waits until its window is open.
     *
     * @param timeout how long to wait for the window
     * @return the running workbench, to close when the tests are done
     * @throws Exception when the workbench fails to start or does not open in time
     */
    public static WorkbenchRunner start(Duration timeout) throws Exception {
        WorkbenchRunner runner = new WorkbenchRunner();
        runner.thread.start();
        runner.started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return runner;
    }

    /**
     * The one workbench of a test process (SWT allows one display per process) for
     * the test classes that share it: started on first use with its window made
     * 1280 x 880 (without a window manager under Xvfb the window keeps its model
     * size; room for screenshots), closed when the process ends.
     *
     * @return the running workbench; do not close it
     * @throws Exception when the workbench fails to start or does not open in time
     */
    public static synchronized WorkbenchRunner shared() throws Exception {
        if (shared == null) {
            WorkbenchRunner runner = start(Duration.ofSeconds(60));
            Ui ui = new Ui(runner.display());
            org.eclipse.swt.widgets.Shell window = ui.shell("Causerie");
            ui.run(() -> window.setBounds(0, 0, 1280, 880));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runner.close();
                } catch (Exception e) {
                    // the process ends anyway
                }
            }));
            shared = runner;
        }
        return shared;
    }

    private void run() {
        try {
            Display.setAppName("Causerie");
            display = new Display();
            E4Application application = new E4Application();
            E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(), display);
            // the window is open once the event loop runs the first runnable
            display.asyncExec(() -> started.complete(workbench));
            workbench.createAndRunUI(workbench.getApplication());
            ended.complete(null);
        } catch (Throwable failure) {
            started.completeExceptionally(failure);
            ended.completeExceptionally(failure);
        } finally {
            if (display != null && !display.isDisposed()) {
                display.dispose();
            }
        }
    }

    /** @return the workbench's display, whose thread is the runner's own */
    public Display display() {
        return display;
    }

    /** @return the running application model (touch it on the display thread only) */
    public MApplication application() {
        return started.getNow(null).getApplication();
    }

    /** Closes the workbench and waits (at most 30 s) until its event loop has ended. */
    @Override
    public void close() throws Exception {
        E4Workbench workbench = started.getNow(null);
        if (workbench != null && !display.isDisposed()) {
            display.asyncExec(workbench::close);
            ended.get(30, TimeUnit.SECONDS);
        }
    }
}
