package org.causerie.roster.ui.internal.view;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.ContactRow;
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
 * Contact rows of groups never shown are not touched again on the next model, and
 * of the others only the rows that changed are cleared (SWT asks for them again).
 *
 * <p>Expanded groups of a large roster cost the display thread a lot in GTK
 * (bench/roster measured stalls of 0.5 to 1 s with 10,000 contacts in expanded
 * groups, against a few milliseconds when the user opens one group of 1,000):
 * groups start expanded only in an account of at most {@value #EXPAND_LIMIT}
 * contact rows (or as many matching the filter); in a larger roster the user
 * opens the groups. A row whose count changes is collapsed first, as GTK
 * measures rows added under an expanded row one by one.
 *
 * <p>GTK inserts the rows of a new item count one by one, so the counts of the
 * groups are set in display turns of at most {@value #ROWS_PER_TURN} rows: a
 * 10,000-contact roster arriving at login costs five turns of 2-5 ms of CPU
 * instead of one of 11-13 ms (bench/roster, measured with the thread's CPU time).
 * {@link #model()} and the shown listeners follow once every count is set.
 */
public final class RosterTree {

    /** Accounts with more contact rows than this show their groups collapsed at first. */
    public static final int EXPAND_LIMIT = 300;

    /** Rows added or removed in one display turn while the groups' counts change. */
    static final int ROWS_PER_TURN = 2_000;

    private final Tree tree;
    private final Icons icons;
    private final AtomicReference<RosterModel> pending = new AtomicReference<>();
    private final Set<String> collapsed = new HashSet<>();
    private final Set<String> expanded = new HashSet<>();
    /** Group items with contact rows SWT has asked for (and holds): only they need clearing. */
    private final Set<TreeItem> filledGroups = new HashSet<>();
    private final List<Consumer<RosterModel>> shownListeners = new CopyOnWriteArrayList<>();
    private RosterModel model = RosterModel.EMPTY;
    /** The model whose rows the items hold, its group counts maybe not all set yet. */
    private RosterModel showing = RosterModel.EMPTY;
    /** Groups whose count the model being shown still has to set, in display order. */
    private final ItemCounts countsLeft = new ItemCounts();
    /** Counts the models shown, so a turn left over from an older one does nothing. */
    private int generation;
    /** Words contributions add after a contact's row ({@link ContactDecorations}). */
    private java.util.function.Function<ContactRow, String> decoration = row -> "";
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

    /** @return the model shown now, every item count set (display thread) */
    public RosterModel model() {
        return model;
    }

    /** @param decoration the words added after a contact's row (display thread) */
    public void setDecoration(java.util.function.Function<ContactRow, String> decoration) {
        this.decoration = decoration;
    }

    /** Has SWT ask again for the rows shown, whose decorations changed (display thread). */
    public void redecorate() {
        if (!tree.isDisposed() && tree.getItemCount() > 0) {
            tree.clearAll(true);
            filledGroups.clear();
        }
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
        showing = next;
        generation++;
        countsLeft.clear();
        filledGroups.removeIf(TreeItem::isDisposed);
        tree.setRedraw(false);
        updating = true;
        try {
            tree.setItemCount(next.roots().size());
            for (int i = 0; i < next.roots().size(); i++) {
                AccountRow account = next.roots().get(i);
                TreeItem accountItem = tree.getItem(i);
                fill(accountItem, account);
                // GTK expands a row only when its parent is expanded: the account first
                accountItem.setExpanded(!account.children().isEmpty() && !collapsed.contains(account.key()));
                boolean small = contactRows(account) <= EXPAND_LIMIT;
                for (int j = 0; j < account.children().size(); j++) {
                    Row child = account.children().get(j);
                    TreeItem childItem = accountItem.getItem(j);
                    boolean open = !child.children().isEmpty() && !collapsed.contains(child.key())
                            && (small || expanded.contains(child.key()));
                    if (childItem.getExpanded() && (!open || childItem.getItemCount() != child.children().size())) {
                        childItem.setExpanded(false); // before adding rows, which GTK would measure
                    }
                    Object before = childItem.getData();
                    fillRow(childItem, child);
                    if (filledGroups.contains(childItem)) {
                        if (before instanceof GroupRow old && old.key().equals(child.key())) {
                            clearChanged(childItem, old, child);
                        } else {
                            childItem.clearAll(false); // the item shows another group now
                        }
                    }
                    if (!(child instanceof GroupRow)) {
                        filledGroups.remove(childItem);
                    }
                    countsLeft.add(childItem, child.children().size(), open);
                }
            }
        } finally {
            updating = false;
            tree.setRedraw(true);
        }
        setCounts(generation);
    }

    /** Sets the counts left, {@value #ROWS_PER_TURN} rows at most, then goes on in the next turn. */
    private void setCounts(int of) {
        if (of != generation || tree.isDisposed()) {
            return; // a newer model is being shown
        }
        boolean done;
        tree.setRedraw(false);
        updating = true;
        try {
            done = countsLeft.setSome(ROWS_PER_TURN);
        } finally {
            updating = false;
            tree.setRedraw(true);
        }
        if (!done) {
            tree.getDisplay().asyncExec(() -> setCounts(of));
            return;
        }
        select(showing.selection());
        model = showing;
        RosterModel shown = showing;
        shownListeners.forEach(l -> l.accept(shown));
    }

    private static int contactRows(AccountRow account) {
        int rows = 0;
        for (Row child : account.children()) {
            rows += child instanceof GroupRow ? child.children().size() : 0;
        }
        return rows;
    }

    /** Clears the contact rows that differ from the previous model's, so SWT asks for those only. */
    private static void clearChanged(TreeItem groupItem, GroupRow old, Row now) {
        List<Row> before = old.children();
        List<Row> after = now.children();
        int common = Math.min(before.size(), after.size());
        for (int i = 0; i < common; i++) {
            if (!before.get(i).equals(after.get(i))) {
                groupItem.clear(i, false);
            }
        }
    }

    private void userExpanded(Event event, boolean open) {
        if (updating) {
            return;
        }
        rowOf(event).ifPresent(r -> {
            if (open) {
                collapsed.remove(r.key());
                expanded.add(r.key());
            } else {
                collapsed.add(r.key());
                expanded.remove(r.key());
            }
        });
    }

    private void fill(TreeItem item, Row row) {
        fillRow(item, row);
        if (!(row instanceof ContactRow)) { // an item that showed a group before may hold rows
            int count = row.children().size();
            if (item.getItemCount() != count) {
                item.setItemCount(count);
            }
        }
    }

    private void fillRow(TreeItem item, Row row) {
        item.setData(row);
        item.setText(row instanceof ContactRow contact ? row.text() + decoration.apply(contact) : row.text());
        item.setImage(icons.get(row.icon()));
    }

    private void setData(Event event) {
        TreeItem item = (TreeItem) event.item;
        TreeItem parent = item.getParentItem();
        List<? extends Row> siblings = parent == null ? showing.roots()
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
