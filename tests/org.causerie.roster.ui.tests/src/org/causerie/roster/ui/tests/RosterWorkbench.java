package org.causerie.roster.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One workbench for every UI test class of this bundle (an SWT display per
 * process is the safe way): started before the first class that uses it, closed
 * by JUnit when the whole run ends (a value of the root store), while the OSGi
 * framework still runs (not in a shutdown hook, racing the framework's stop).
 */
final class RosterWorkbench implements BeforeAllCallback {

    private static volatile Running running;

    /** The running workbench and what drives it. */
    record Running(WorkbenchRunner workbench, Ui ui, Shell window, RosterView view) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            running = null;
            workbench.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RosterWorkbench.class, k -> start(), Running.class);
    }

    private static Running start() {
        try {
            WorkbenchRunner workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            Ui ui = new Ui(workbench.display());
            Shell window = ui.shell("Causerie");
            running = new Running(workbench, ui, window, new RosterView(ui, window));
            return running;
        } catch (Exception e) {
            throw new IllegalStateException("the workbench did not start", e);
        }
    }

    /** @return the workbench started for this run */
    static Running running() {
        if (running == null) {
            throw new IllegalStateException("no workbench: the test class lacks @ExtendWith(RosterWorkbench.class)");
        }
        return running;
    }
}
