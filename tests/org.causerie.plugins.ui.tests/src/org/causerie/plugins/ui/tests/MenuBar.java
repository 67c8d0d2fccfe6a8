package org.causerie.plugins.ui.tests;

import org.causerie.testing.workbench.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/** Runs an item of the workbench window's menu bar as a person choosing it would. */
final class MenuBar {

    private MenuBar() {
    }

    /**
     * Finds the item whose text (without mnemonics) starts with this prefix in any
     * top-level menu and selects it, without waiting for what it does.
     */
    static void choose(Ui ui, Shell window, String prefix) {
        MenuItem item = ui.read(() -> {
            for (MenuItem top : window.getMenuBar().getItems()) {
                Menu menu = top.getMenu();
                if (menu == null) {
                    continue;
                }
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem candidate : menu.getItems()) {
                    if (candidate.getText().replace("&", "").startsWith(prefix)) {
                        return candidate;
                    }
                }
            }
            throw new AssertionError("no " + prefix + " item in the menu bar");
        });
        ui.runAsync(() -> item.notifyListeners(SWT.Selection, new Event()));
    }
}
