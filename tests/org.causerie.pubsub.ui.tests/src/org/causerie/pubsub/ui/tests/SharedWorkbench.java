package org.causerie.pubsub.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Shell;

/**
 * One workbench for every UI test class of this bundle (one SWT display per
 * process), started on first use and closed when the test process ends.
 */
final class SharedWorkbench {

    private static WorkbenchRunner workbench;
    private static Ui ui;

    private SharedWorkbench() {
    }

    static synchronized WorkbenchRunner workbench() throws Exception {
        if (workbench == null) {
            workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            ui = new Ui(workbench.display());
            Shell window = ui.shell("Causerie");
            ui.run(() -> window.setBounds(0, 0, 1280, 880));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    workbench.close();
                } catch (Exception e) {
                    // the process ends anyway
                }
            }));
        }
        return workbench;
    }

    static synchronized Ui ui() throws Exception {
        workbench();
        return ui;
    }
}
