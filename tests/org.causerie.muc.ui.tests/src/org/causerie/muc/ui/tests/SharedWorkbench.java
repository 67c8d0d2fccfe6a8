package org.causerie.muc.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;

/**
 * One workbench for every UI test class of this bundle (one SWT display per
 * process), started on first use and closed when the test process ends.
 */
final class SharedWorkbench {

    private static WorkbenchRunner workbench;
    private static RoomDriver driver;

    private SharedWorkbench() {
    }

    static synchronized RoomDriver driver() throws Exception {
        if (workbench == null) {
            workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            Ui ui = new Ui(workbench.display());
            org.eclipse.swt.widgets.Shell window = ui.shell("Causerie");
            // under Xvfb without a window manager the window keeps its model size: make room for screenshots
            ui.run(() -> window.setBounds(0, 0, 1280, 880)); // the private Xvfb's screen is 1280 wide
            driver = new RoomDriver(workbench, ui);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    workbench.close();
                } catch (Exception e) {
                    // the process ends anyway
                }
            }));
        }
        return driver;
    }
}
