package org.causerie.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in one account's roster: items pushed by the server (RFC 6121
 * §2.1.6) and presence received. Changes that arrive close together are merged
 * into one event, so its size follows what changed, not the roster's size.
 *
 * @param accountId the account
 * @param version the account's roster version after this change (see {@link RosterSnapshot#version()})
 * @param loaded whether the server's roster has arrived
 * @param added contacts new to the roster, with their state now
 * @param updated contacts whose item or presence changed, with their state now
 * @param removed bare JIDs no longer in the roster
 * @param ownResources the account's other resources, when they changed
 * @param groups the counts of the groups that changed; a total of 0 means the group is gone
 */
public record RosterChange(String accountId, long version, boolean loaded, List<Contact> added,
        List<Contact> updated, Set<String> removed, Optional<List<ResourcePresence>> ownResources,
        List<GroupCount> groups) {

    public RosterChange {
        Objects.requireNonNull(accountId, "accountId");
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = Set.copyOf(removed);
        ownResources = ownResources.map(List::copyOf);
        groups = List.copyOf(groups);
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty() && ownResources.isEmpty()
                && groups.isEmpty();
    }
}
