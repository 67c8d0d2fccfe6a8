package org.causerie.roster.ui.internal.model;

import java.util.LinkedHashSet;
import java.util.Set;

import org.causerie.roster.RosterSnapshot;

/** The groups of a contact after moving it from one of its groups to another. */
public final class GroupMoves {

    private GroupMoves() {
    }

    /**
     * @param groups the contact's groups now
     * @param from the group it is moved out of ({@link RosterSnapshot#UNGROUPED} for none)
     * @param to the group it goes to ({@link RosterSnapshot#UNGROUPED}: out of {@code from} only);
     *        surrounding blanks are dropped
     * @return its groups afterwards: {@code from} replaced by {@code to}, the others kept
     */
    public static Set<String> move(Set<String> groups, String from, String to) {
        Set<String> result = new LinkedHashSet<>(groups);
        result.remove(from);
        String target = to.strip();
        if (!target.isEmpty()) {
            result.add(target);
        }
        return Set.copyOf(result);
    }
}
