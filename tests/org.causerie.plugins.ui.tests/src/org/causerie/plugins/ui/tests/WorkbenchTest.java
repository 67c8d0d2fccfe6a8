package org.causerie.plugins.ui.tests;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;

/** What every test of this bundle starts from: the shared workbench and its window. */
abstract class WorkbenchTest {

    static Ui ui;
    static Shell window;

    @BeforeAll
    static void start() throws Exception {
        ui = new Ui(WorkbenchRunner.shared().display());
        window = ui.shell("Causerie");
    }
}
