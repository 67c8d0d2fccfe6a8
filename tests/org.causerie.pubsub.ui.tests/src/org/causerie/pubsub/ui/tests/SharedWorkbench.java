package org.causerie.pubsub.ui.tests;

import java.util.Arrays;
import java.util.Optional;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The process's one workbench ({@link WorkbenchRunner#shared()}) for every UI test class
 * of this bundle, and the helpers they share.
 */
final class SharedWorkbench implements BeforeAllCallback {

    private static WorkbenchRunner workbench;
    private static Ui ui;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    private static synchronized void start() throws Exception {
        if (workbench == null) {
            workbench = WorkbenchRunner.shared();
            ui = new Ui(workbench.display());
        }
    }

    static synchronized WorkbenchRunner workbench() {
        return workbench;
    }

    static synchronized Ui ui() {
        return ui;
    }

    /** Chooses the account in the browser and selects the node in its tree. */
    static void selectNode(Shell window, String jid, NodeId node) {
        Combo account = ui.read(() -> Ui.named(window, Combo.class, WidgetIds.KEY, WidgetIds.BROWSER_ACCOUNT));
        int index = ui.waitFor("the account in the list", () -> ui.read(() -> {
            int i = Arrays.asList(account.getItems()).indexOf(jid);
            return i < 0 ? Optional.<Integer>empty() : Optional.of(i);
        }));
        ui.run(() -> {
            if (account.getSelectionIndex() != index) {
                account.select(index);
                account.notifyListeners(SWT.Selection, new Event());
            }
        });
        Tree tree = ui.read(() -> Ui.named(window, Tree.class, WidgetIds.KEY, WidgetIds.BROWSER_TREE));
        TreeItem item = ui.waitFor("the node in the tree", () -> ui.read(() -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText().startsWith(node.node())).findFirst()));
        ui.select(item);
    }

}
