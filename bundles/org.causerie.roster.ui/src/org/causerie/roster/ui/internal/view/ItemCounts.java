package org.causerie.roster.ui.internal.view;

import java.util.ArrayDeque;

import org.eclipse.swt.widgets.TreeItem;

/**
 * The item counts of a virtual tree's group rows still to be set, in display
 * order. GTK inserts (or removes) the rows of a new count one by one, so the
 * counts of a 10,000-contact roster are set a bounded number of rows at a time,
 * one batch per display turn. Display thread only.
 */
final class ItemCounts {

    /** A group item, its number of rows, and whether it is opened once they are there. */
    private record Pending(TreeItem item, int count, boolean open) {
    }

    private final ArrayDeque<Pending> left = new ArrayDeque<>();

    void clear() {
        left.clear();
    }

    void add(TreeItem item, int count, boolean open) {
        left.add(new Pending(item, count, open));
    }

    /**
     * Sets counts in order until about {@code maxRows} rows were added or removed
     * (a single group larger than that is set whole).
     *
     * @return whether every count is set
     */
    boolean setSome(int maxRows) {
        int rows = 0;
        while (!left.isEmpty() && rows < maxRows) {
            Pending next = left.poll();
            if (next.item().isDisposed()) {
                continue;
            }
            int now = next.item().getItemCount();
            if (now != next.count()) {
                rows += Math.abs(now - next.count());
                next.item().setItemCount(next.count());
            }
            if (next.open()) {
                next.item().setExpanded(true);
            }
        }
        return left.isEmpty();
    }
}
