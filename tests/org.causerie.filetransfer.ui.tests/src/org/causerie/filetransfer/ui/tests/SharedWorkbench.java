package org.causerie.filetransfer.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;

/** One workbench for every UI test class of this bundle, started on first use, closed when the process ends. */
final class SharedWorkbench {

    private static WorkbenchRunner workbench;
    private static Ui ui;

    private SharedWorkbench() {
    }

    static synchronized WorkbenchRunner workbench() throws Exception {
        if (workbench == null) {
            workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            ui = new Ui(workbench.display());
            org.eclipse.swt.widgets.Shell window = ui.shell("Causerie");
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

    static Ui ui() {
        return ui;
    }
}
