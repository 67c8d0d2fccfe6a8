package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.causerie.muc.ui.internal.WarmUp;
import org.causerie.testing.workbench.Ui;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The warm-up of the first room editor (started by the add-on when the workbench
 * starts) links the classes, makes each kind of the editor's widgets and then a whole
 * editor's widgets for no room (with occupants and lines) without a failure, and
 * leaves no shell behind.
 */
class WarmUpTest {

    @Test
    void theEditorsClassesAndWidgetsAreWarmedAndNothingStays() throws Exception {
        Ui ui = SharedWorkbench.driver().ui();
        WarmUp.Result result = WarmUp.finished().get(120, TimeUnit.SECONDS); // fails with a turn that failed
        // this bundle, the rooms service and the text pieces have about 120 classes, the SWT ones about 100
        assertTrue(result.linked() > 150, "classes linked: " + result.linked());
        // header, tool bar, body, conversation, then occupants, layout and lines in them
        assertTrue(result.editorSteps() >= 7, "steps of the whole editor made: " + result.editorSteps());
        assertTrue(ui.read(() -> Arrays.stream(Display.getCurrent().getShells())
                .noneMatch(shell -> shell.getData(WarmUp.SHELL_KEY) != null)), "the warm-up's shell is gone");
    }
}
