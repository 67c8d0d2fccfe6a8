package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.causerie.roster.ui.internal.RosterWarmUp;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The roster view's warm-up (started by the view after the workbench shows) links
 * the classes, builds a made-up roster's rows and shows them in a tree without a
 * failure, and leaves no shell behind.
 */
class RosterWarmUpTest extends RosterTestBase {

    @Test
    void theFirstLoginsCodeIsWarmedAndNothingStays() throws Exception {
        int linked = RosterWarmUp.finished().get(120, TimeUnit.SECONDS); // fails with a step that failed
        // this bundle has about 90 classes, the roster service about 40, SWT's tree ones about 5
        assertTrue(linked > 100, "classes linked: " + linked);
        assertTrue(ui.read(() -> Arrays.stream(Display.getCurrent().getShells())
                .noneMatch(shell -> shell.getData(RosterWarmUp.SHELL_KEY) != null)), "the warm-up's shell is gone");
    }
}
