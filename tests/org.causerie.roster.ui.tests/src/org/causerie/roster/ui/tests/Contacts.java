package org.causerie.roster.ui.tests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.Subscription;

/** Model objects for the unit tests. */
final class Contacts {

    static final String ACCOUNT = "acc-1";

    private Contacts() {
    }

    static Contact offline(String jid, String name, Subscription subscription, String... groups) {
        return new Contact(ACCOUNT, jid, Optional.ofNullable(name), Set.of(groups), subscription, false, List.of());
    }

    static Contact online(String jid, String name, PresenceMode mode, String status, String... groups) {
        return new Contact(ACCOUNT, jid, Optional.ofNullable(name), Set.of(groups), Subscription.BOTH, false,
                List.of(new ResourcePresence(jid + "/pc", mode, status, 0, Instant.now())));
    }

    static Contact pending(String jid, String... groups) {
        return new Contact(ACCOUNT, jid, Optional.empty(), Set.of(groups), Subscription.NONE, true, List.of());
    }

    static RosterSnapshot snapshot(long version, List<ResourcePresence> own, Contact... contacts) {
        java.util.Map<String, Contact> map = new java.util.HashMap<>();
        for (Contact c : contacts) {
            map.put(c.jid(), c);
        }
        return new RosterSnapshot(ACCOUNT, "me@example.org", "me@example.org/causerie", version, true, map, own,
                java.util.Map.of());
    }
}
