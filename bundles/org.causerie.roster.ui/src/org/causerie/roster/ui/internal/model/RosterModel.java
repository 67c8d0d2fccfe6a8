package org.causerie.roster.ui.internal.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the roster tree shows at one moment, immutable: handed from the
 * worker thread to the display thread, which only sets item counts and, when SWT
 * asks for a row, copies its text and icon.
 *
 * @param roots one row per connected account, in the order the accounts connected
 * @param filtered whether a filter hides rows (then every group is shown expanded)
 * @param selection the path (indexes from the root) of the row that was selected, if it is still shown
 * @param contactRows how many contact rows the tree holds in all
 */
public record RosterModel(List<AccountRow> roots, boolean filtered, Optional<List<Integer>> selection,
        int contactRows) {

    /** The model with no account. */
    public static final RosterModel EMPTY = new RosterModel(List.of(), false, Optional.empty(), 0);

    public RosterModel {
        roots = List.copyOf(roots);
        selection = selection.map(List::copyOf);
    }

    /** @return the path to the row with this key, searched in display order (worker thread) */
    public Optional<List<Integer>> pathOf(String key) {
        for (int i = 0; i < roots.size(); i++) {
            Optional<List<Integer>> path = pathOf(roots.get(i), key, List.of(i));
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Integer>> pathOf(Row row, String key, List<Integer> path) {
        if (row.key().equals(key)) {
            return Optional.of(path);
        }
        List<Row> children = row.children();
        for (int i = 0; i < children.size(); i++) {
            List<Integer> childPath = new java.util.ArrayList<>(path);
            childPath.add(i);
            Optional<List<Integer>> found = pathOf(children.get(i), key, childPath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** @return this model with the selection path set */
    public RosterModel withSelection(Optional<List<Integer>> path) {
        return new RosterModel(roots, filtered, path, contactRows);
    }
}
