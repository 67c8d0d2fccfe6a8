package org.causerie.roster.tests;

import static org.causerie.roster.tests.RosterFixture.connect;
import static org.causerie.roster.tests.RosterFixture.disconnect;
import static org.causerie.roster.tests.RosterFixture.eventually;
import static org.causerie.roster.tests.RosterFixture.rosters;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterSnapshot;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A roster of 2,000 contacts created server-side; prints figures, asserts no timing. */
@ExtendWith(EjabberdExtension.class)
class LargeRosterTest {

    static final int CONTACTS = 2_000;

    @Test
    void twoThousandContactsLoadAndSnapshot(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        long begin = System.nanoTime();
        server.rosters().push(alice.user(), CONTACTS, 10);
        long created = System.nanoTime() - begin;

        begin = System.nanoTime();
        XmppSession a = connect(server, alice); // returns once the roster is loaded
        long loaded = System.nanoTime() - begin;
        try {
            begin = System.nanoTime();
            RosterSnapshot first = rosters().roster(a.account().id()).orElseThrow();
            long firstSnapshot = System.nanoTime() - begin;
            begin = System.nanoTime();
            RosterSnapshot again = rosters().roster(a.account().id()).orElseThrow();
            long cached = System.nanoTime() - begin;
            assertEquals(CONTACTS, first.contacts().size());
            assertEquals(CONTACTS / 10, first.groups().get("G3").total());
            begin = System.nanoTime();
            int diff = again.since(first).updated().size();
            long diffTime = System.nanoTime() - begin;
            System.out.printf("[roster-tests] %d contacts: created server-side (one push_roster) in %d ms; "
                    + "connect until loaded %d ms; snapshot %d us (first), %d us (cached); diff of two "
                    + "snapshots %d us (%d changed)%n", CONTACTS, created / 1_000_000, loaded / 1_000_000,
                    firstSnapshot / 1000, cached / 1000, diffTime / 1000, diff);
        } finally {
            disconnect(a);
        }
    }

    /**
     * The roster result reaches listeners in slices (or merged, on a busy machine):
     * whatever the events, applying them in order from the account's first snapshot
     * gives the service's roster, and {@code loaded} is only told once every item is in.
     */
    @Test
    void aLargeRosterArrivesInConsistentEventsLoadedOnlyOnceComplete(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        server.rosters().push(alice.user(), CONTACTS, 10);
        List<Object> events = new CopyOnWriteArrayList<>();
        RosterListener listener = new RosterListener() {
            @Override
            public void rosterChanged(RosterChange change) {
                events.add(change);
            }

            @Override
            public void rosterAdded(RosterSnapshot snapshot) {
                events.add(snapshot);
            }
        };
        rosters().addListener(listener);
        XmppSession a = null;
        try {
            a = connect(server, alice);
            String id = a.account().id();
            // connect returns once the snapshot is loaded; the events follow on the service's thread
            eventually("the event saying loaded", () -> events.stream().anyMatch(
                    e -> e instanceof RosterChange c && c.accountId().equals(id) && c.loaded()));
            rosters().removeListener(listener);
            Map<String, Contact> applied = new HashMap<>();
            Map<String, Integer> totals = new HashMap<>();
            int withItems = 0;
            int sizeWhenLoaded = -1;
            for (Object event : events) {
                if (event instanceof RosterSnapshot snapshot && snapshot.accountId().equals(id)) {
                    applied.putAll(snapshot.contacts());
                    snapshot.groups().forEach((name, count) -> totals.put(name, count.total()));
                } else if (event instanceof RosterChange change && change.accountId().equals(id)) {
                    change.removed().forEach(applied::remove);
                    change.added().forEach(c -> applied.put(c.jid(), c));
                    change.updated().forEach(c -> applied.put(c.jid(), c));
                    change.groups().forEach(g -> totals.put(g.name(), g.total()));
                    withItems += change.added().isEmpty() ? 0 : 1;
                    if (change.loaded() && sizeWhenLoaded < 0) {
                        sizeWhenLoaded = applied.size();
                    }
                }
            }
            RosterSnapshot now = rosters().roster(id).orElseThrow();
            assertEquals(CONTACTS, sizeWhenLoaded, "contacts applied when the events first said loaded");
            assertEquals(now.contacts(), applied, "the events applied in order give the roster");
            for (int g = 0; g < 10; g++) {
                assertEquals(CONTACTS / 10, totals.get("G" + g), "total of G" + g + " from the events");
            }
            System.out.printf("[roster-tests] %d contacts reached the listeners in %d events with additions%n",
                    CONTACTS, withItems);
        } finally {
            rosters().removeListener(listener);
            if (a != null) {
                disconnect(a);
            }
        }
    }
}
