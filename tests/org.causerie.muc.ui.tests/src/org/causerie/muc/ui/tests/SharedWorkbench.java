package org.causerie.muc.ui.tests;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;

/**
 * One workbench for every UI test class of this bundle (one SWT display per
 * process), started on first use and closed when the test process ends.
 */
final class SharedWorkbench {

    private static RoomDriver driver;

    private SharedWorkbench() {
    }

    static synchronized RoomDriver driver() throws Exception {
        if (driver == null) {
            WorkbenchRunner workbench = WorkbenchRunner.shared();
            driver = new RoomDriver(workbench, new Ui(workbench.display()));
        }
        return driver;
    }
}
