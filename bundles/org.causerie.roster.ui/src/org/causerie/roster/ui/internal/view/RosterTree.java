package org.causerie.roster.ui.internal.view;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The roster as a virtual SWT tree ({@link SWT#VIRTUAL}): the display thread sets
 * the item counts of the accounts and groups of a prepared {@link RosterModel}
 * and fills a contact row only when SWT asks for it (it is about to be shown).
 * Contact rows of groups never shown are not touched again on the next model.
 */
public final class RosterTree {

    private final Tree tree;
    private final Icons icons;
    private final AtomicReference<RosterModel> pending = new AtomicReference<>();
    private final Set<String> collapsed = new HashSet<>();
    /** Groups whose contact rows SWT has asked for since the last model: only they need clearing. */
    private final Set<TreeItem> filledGroups = new HashSet<>();
    private final List<Consumer<RosterModel>> shownListeners = new CopyOnWriteArrayList<>();
    private RosterModel model = RosterModel.EMPTY;
    /** True while a model is being shown: expansion events then come from the view, not the user. */
    private boolean updating;

    public RosterTree(Composite parent, Icons icons) {
        this.icons = icons;
        tree = WidgetIds.name(new Tree(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION),
                WidgetIds.TREE);
        tree.addListener(SWT.SetData, this::setData);
        tree.addListener(SWT.Expand, e -> userExpanded(e, true));
        tree.addListener(SWT.Collapse, e -> userExpanded(e, false));
    }

    public Tree control() {
        return tree;
    }

    /** @return the model shown now (display thread) */
    public RosterModel model() {
        return model;
    }

    /** @param listener told on the display thread after each model is shown (tests, bench) */
    public void addShownListener(Consumer<RosterModel> listener) {
        shownListeners.add(listener);
    }

    /**
     * Hands a new model to the view from any thread. Models that arrive faster than
     * the display thread shows them replace each other: only the latest is shown.
     */
    public void offer(RosterModel next) {
        if (pending.getAndSet(next) == null && !tree.isDisposed()) {
            tree.getDisplay().asyncExec(this::showPending);
        }
    }

    private void showPending() {
        RosterModel next = pending.getAndSet(null);
        if (next != null && !tree.isDisposed()) {
            show(next);
        }
    }

    private void show(RosterModel next) {
        model = next;
        Set<TreeItem> toClear = Set.copyOf(filledGroups);
        filledGroups.clear();
        tree.setRedraw(false);
        updating = true;
        try {
            tree.setItemCount(next.roots().size());
            for (int i = 0; i < next.roots().size(); i++) {
                AccountRow account = next.roots().get(i);
                TreeItem accountItem = tree.getItem(i);
                fill(accountItem, account);
                // GTK expands a row only when its parent is expanded: the account first
                expand(accountItem, account, next.filtered());
                for (int j = 0; j < account.children().size(); j++) {
                    Row child = account.children().get(j);
                    TreeItem childItem = accountItem.getItem(j);
                    fill(childItem, child);
                    if (toClear.contains(childItem)) {
                        childItem.clearAll(false);
                    }
                    expand(childItem, child, next.filtered());
                }
            }
            select(next.selection());
        } finally {
            updating = false;
            tree.setRedraw(true);
        }
        shownListeners.forEach(l -> l.accept(next));
    }

    /**
     * Sets the row's expansion every time: an item that showed another row before
     * (rows shift when one is added above) may report a state GTK does not show.
     */
    private void expand(TreeItem item, Row row, boolean filtered) {
        item.setExpanded(!row.children().isEmpty() && (filtered || !collapsed.contains(row.key())));
    }

    private void userExpanded(Event event, boolean expanded) {
        if (updating) {
            return;
        }
        rowOf(event).ifPresent(r -> {
            if (expanded) {
                collapsed.remove(r.key());
            } else {
                collapsed.add(r.key());
            }
        });
    }

    private void fill(TreeItem item, Row row) {
        item.setData(row);
        item.setText(row.text());
        item.setImage(icons.get(row.icon()));
        int count = row.children().size();
        if (item.getItemCount() != count) {
            item.setItemCount(count);
        }
    }

    private void setData(Event event) {
        TreeItem item = (TreeItem) event.item;
        TreeItem parent = item.getParentItem();
        List<? extends Row> siblings = parent == null ? model.roots()
                : parent.getData() instanceof Row row ? row.children() : List.of();
        if (event.index < siblings.size()) {
            fill(item, siblings.get(event.index));
            if (parent != null && parent.getData() instanceof GroupRow) {
                filledGroups.add(parent);
            }
        }
    }

    private void select(Optional<List<Integer>> path) {
        Optional<TreeItem> item = path.flatMap(this::item);
        if (item.isPresent()) {
            if (tree.getSelectionCount() != 1 || tree.getSelection()[0] != item.get()) {
                tree.setSelection(item.get());
            }
        } else if (tree.getSelectionCount() > 0) {
            tree.deselectAll();
        }
    }

    /** @return the item at this path of the shown model (display thread) */
    public Optional<TreeItem> item(List<Integer> path) {
        if (path.isEmpty() || path.get(0) >= tree.getItemCount()) {
            return Optional.empty();
        }
        TreeItem item = tree.getItem(path.get(0));
        for (int index : path.subList(1, path.size())) {
            if (index >= item.getItemCount()) {
                return Optional.empty();
            }
            item = item.getItem(index);
        }
        return Optional.of(item);
    }

    /** @return the selected row, if any */
    public Optional<Row> selected() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof Row row ? Optional.of(row)
                : Optional.empty();
    }

    private static Optional<Row> rowOf(Event event) {
        return event.item != null && event.item.getData() instanceof Row row ? Optional.of(row) : Optional.empty();
    }
}
