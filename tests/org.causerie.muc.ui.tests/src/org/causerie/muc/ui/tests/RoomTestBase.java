package org.causerie.muc.ui.tests;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.workbench.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the workbench tests of the rooms UI share: the one workbench of the test
 * run and the harness's ejabberd; after each test its dialogs and room editors
 * closed and its accounts disconnected.
 */
@ExtendWith(EjabberdExtension.class)
abstract class RoomTestBase {

    static RoomDriver driver;
    static Ui ui;
    /** The accounts a test connected, if any. */
    Rooms rooms;

    @BeforeAll
    static void startWorkbench() throws Exception {
        driver = SharedWorkbench.driver();
        ui = driver.ui();
    }

    @AfterEach
    void cleanUp() {
        driver.closeDialogs();
        driver.closeAll();
        if (rooms != null) {
            rooms.close();
        }
    }
}
