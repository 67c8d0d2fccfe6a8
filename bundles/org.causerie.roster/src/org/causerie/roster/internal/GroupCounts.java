package org.causerie.roster.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.causerie.roster.Contact;
import org.causerie.roster.GroupCount;
import org.causerie.roster.RosterSnapshot;

/**
 * Online and total counts per group, kept up to date one contact at a time so a
 * change costs the number of the contact's groups, not the roster's size.
 * Not thread-safe: guarded by {@link RosterState}.
 */
final class GroupCounts {

    /** name -> {online, total} */
    private final Map<String, int[]> counts = new HashMap<>();

    /**
     * Replaces a contact's contribution.
     *
     * @param before the contact as it was, or null
     * @param after the contact as it is now, or null when removed
     * @param touched told each group name whose counts changed
     */
    void replace(Contact before, Contact after, Consumer<String> touched) {
        if (before != null && after != null && before.online() == after.online()
                && before.groups().equals(after.groups())) {
            return;
        }
        if (before != null) {
            add(before, -1, touched);
        }
        if (after != null) {
            add(after, 1, touched);
        }
    }

    private void add(Contact contact, int delta, Consumer<String> touched) {
        Set<String> groups = contact.groups().isEmpty() ? Set.of(RosterSnapshot.UNGROUPED) : contact.groups();
        for (String group : groups) {
            int[] c = counts.computeIfAbsent(group, g -> new int[2]);
            c[1] += delta;
            if (contact.online()) {
                c[0] += delta;
            }
            if (c[1] == 0) {
                counts.remove(group);
            }
            touched.accept(group);
        }
    }

    /** @return the group's counts now; a total of 0 when it has no contacts */
    GroupCount count(String group) {
        int[] c = counts.get(group);
        return c == null ? new GroupCount(group, 0, 0) : new GroupCount(group, c[0], c[1]);
    }

    /** @return every group's counts */
    Map<String, GroupCount> all() {
        Map<String, GroupCount> all = new HashMap<>();
        counts.forEach((name, c) -> all.put(name, new GroupCount(name, c[0], c[1])));
        return all;
    }

    void clear() {
        counts.clear();
    }
}
