package org.causerie.roster.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.causerie.roster.ui.internal.RosterPart;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.causerie.testing.workbench.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finds and drives the roster view of the running workbench. */
final class RosterView {

    /**
     * A row shown in the tree.
     *
     * @param row the model row
     * @param text the text SWT shows for it (asked from the tree item, which fills it lazily)
     * @param path its place in the tree
     */
    record Shown(Row row, String text, List<Integer> path) {
    }

    private final Ui ui;
    private final Shell window;

    RosterView(Ui ui, Shell window) {
        this.ui = ui;
        this.window = window;
    }

    Tree tree() {
        return Ui.named(window, Tree.class, WidgetIds.KEY, WidgetIds.TREE);
    }

    RosterTree rosterTree() {
        return (RosterTree) tree().getData(RosterPart.TREE_KEY);
    }

    /** @return the account's top row, once shown */
    AccountRow account(String accountId) {
        return ui.waitFor("the account " + accountId + " in the roster view", () -> rosterTree().model().roots()
                .stream().filter(a -> a.accountId().equals(accountId)).findFirst());
    }

    /** Waits until a row of the account matches, and returns it with the text its tree item shows. */
    Shown waitForRow(String what, String accountId, Predicate<Row> match) {
        return ui.waitFor(what, () -> find(accountId, match));
    }

    /** Waits until no row of the account matches. */
    void waitForNoRow(String what, String accountId, Predicate<Row> match) {
        ui.waitFor(what, () -> find(accountId, match).isEmpty() ? Optional.of(true) : Optional.empty());
    }

    /** Display thread. */
    private Optional<Shown> find(String accountId, Predicate<Row> match) {
        RosterModel model = rosterTree().model();
        for (int i = 0; i < model.roots().size(); i++) {
            AccountRow account = model.roots().get(i);
            if (account.accountId().equals(accountId)) {
                Optional<Shown> found = find(account, List.of(i), match);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Shown> find(Row row, List<Integer> path, Predicate<Row> match) {
        if (match.test(row)) {
            TreeItem item = rosterTree().item(path).orElseThrow();
            return Optional.of(new Shown(row, item.getText(), path));
        }
        for (int i = 0; i < row.children().size(); i++) {
            List<Integer> child = new ArrayList<>(path);
            child.add(i);
            Optional<Shown> found = find(row.children().get(i), child, match);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Waits until every row of the account's tree shows its model row's text: rows
     * that moved (e.g. under another group when a row was inserted above) must not
     * keep what they showed before.
     */
    void waitForTreeMatchingModel(String accountId) {
        ui.waitFor("the tree items of " + accountId + " showing the model", () -> {
            List<String> wrong = new ArrayList<>();
            RosterModel model = rosterTree().model();
            for (int i = 0; i < model.roots().size(); i++) {
                if (model.roots().get(i).accountId().equals(accountId)) {
                    compare(model.roots().get(i), rosterTree().item(List.of(i)).orElseThrow(), wrong);
                }
            }
            return wrong.isEmpty() ? Optional.of(true) : Optional.empty();
        });
    }

    private static void compare(Row row, TreeItem item, List<String> wrong) {
        if (!row.text().equals(item.getText())) {
            wrong.add(item.getText() + " instead of " + row.text());
        }
        if (item.getExpanded()) {
            for (int i = 0; i < row.children().size(); i++) {
                compare(row.children().get(i), item.getItem(i), wrong);
            }
        }
    }

    /**
     * @return where on the screen the row's text is, the row scrolled into view
     *         (for the mouse: {@link org.causerie.testing.workbench.Mouse})
     */
    org.eclipse.swt.graphics.Point onScreen(Shown shown) {
        return ui.read(() -> {
            TreeItem item = rosterTree().item(shown.path()).orElseThrow();
            tree().showItem(item);
            org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
            return tree().toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
        });
    }

    void select(Shown shown) {
        TreeItem item = ui.read(() -> rosterTree().item(shown.path()).orElseThrow());
        ui.select(item);
    }

    /** @return the context menu's item texts for the selected row, as it would open now */
    List<String> menu() {
        return ui.read(() -> {
            org.eclipse.swt.widgets.Menu menu = tree().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            List<String> texts = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                texts.add(item.getText());
            }
            return texts;
        });
    }

    /** Runs the selected row's context menu item with this text (without waiting for what it does). */
    void runMenu(String text) {
        MenuItem item = ui.read(() -> {
            org.eclipse.swt.widgets.Menu menu = tree().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            for (MenuItem candidate : menu.getItems()) {
                if (candidate.getText().equals(text)) {
                    return candidate;
                }
            }
            throw new AssertionError("no menu item " + text);
        });
        ui.runAsync(() -> item.notifyListeners(SWT.Selection, new Event()));
    }
}
