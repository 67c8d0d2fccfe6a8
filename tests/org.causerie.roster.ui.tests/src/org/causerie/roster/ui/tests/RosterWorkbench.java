package org.causerie.roster.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Shell;

/**
 * One workbench for every UI test class of this bundle (an SWT display per
 * process is the safe way), started on first use and closed when the test
 * process ends.
 */
final class RosterWorkbench {

    private static WorkbenchRunner workbench;
    private static Ui ui;
    private static Shell window;
    private static RosterView view;

    private RosterWorkbench() {
    }

    static synchronized void start() throws Exception {
        if (workbench != null) {
            return;
        }
        workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
        ui = new Ui(workbench.display());
        window = ui.shell("Causerie");
        view = new RosterView(ui, window);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                workbench.close();
            } catch (Exception e) {
                // the process ends anyway
            }
        }));
    }

    static WorkbenchRunner workbench() {
        return workbench;
    }

    static Ui ui() {
        return ui;
    }

    static Shell window() {
        return window;
    }

    static RosterView view() {
        return view;
    }
}
