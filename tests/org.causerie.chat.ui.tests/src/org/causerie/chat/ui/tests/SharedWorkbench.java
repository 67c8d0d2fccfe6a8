package org.causerie.chat.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One workbench for every UI test class of this bundle (an SWT display per
 * process is the safe way): started before the first class that uses it, closed
 * by JUnit when the whole run ends (a value of the root store), while the OSGi
 * framework still runs (a shutdown hook raced the framework's stop).
 */
final class SharedWorkbench implements BeforeAllCallback {

    private static volatile ChatDriver driver;

    /** The running workbench, closed with the root store. */
    private record Running(WorkbenchRunner workbench) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            driver = null;
            workbench.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedWorkbench.class, k -> start(), Running.class);
    }

    private static Running start() {
        try {
            WorkbenchRunner workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            Ui ui = new Ui(workbench.display());
            org.eclipse.swt.widgets.Shell window = ui.shell("Causerie");
            // under Xvfb without a window manager the window keeps its model size: make room for screenshots
            ui.run(() -> window.setBounds(0, 0, 1400, 900));
            driver = new ChatDriver(workbench, ui);
            return new Running(workbench);
        } catch (Exception e) {
            throw new IllegalStateException("the workbench did not start", e);
        }
    }

    /** @return the driver of the workbench started for this run */
    static ChatDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("no workbench: the test class lacks @ExtendWith(SharedWorkbench.class)");
        }
        return driver;
    }
}
