package org.causerie.chat.ui.tests;

import org.causerie.testing.workbench.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the editor tests share: the one workbench of the test run, and after
 * each test its editors closed and its two accounts disconnected.
 */
@ExtendWith(SharedWorkbench.class)
abstract class EditorTestBase {

    static ChatDriver driver;
    static Ui ui;
    /** The accounts a test connected, if any. */
    TwoAccounts pair;

    @BeforeAll
    static void findWorkbench() {
        driver = SharedWorkbench.driver();
        ui = driver.ui();
    }

    @AfterEach
    void closeEditorsAndDisconnect() {
        driver.closeAll();
        if (pair != null) {
            pair.close();
        }
    }
}
