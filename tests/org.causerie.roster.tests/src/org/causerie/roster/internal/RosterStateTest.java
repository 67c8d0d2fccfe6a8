package org.causerie.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.GroupCount;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.Subscription;
import org.junit.jupiter.api.Test;

/** The roster model without a server: merging changes, counts, snapshots. */
class RosterStateTest {

    private final AtomicInteger wakes = new AtomicInteger();
    private final RosterState state = new RosterState("acc", "me@x", wakes::incrementAndGet);

    @Test
    void changesBetweenTwoDrainsMakeOneEventAndOneWake() {
        state.putItem(item("a@x", "G"));
        state.putItem(item("b@x", "G"));
        state.presence("a@x/1", available("a@x/1", 1));
        state.removeItem("b@x");
        assertEquals(1, wakes.get());
        RosterChange change = state.drain().orElseThrow();
        assertEquals(List.of("a@x"), change.added().stream().map(Contact::jid).toList());
        assertTrue(change.added().get(0).online());
        assertTrue(change.removed().isEmpty(), "added and removed within one batch: nothing to tell");
        assertEquals(List.of(new GroupCount("G", 1, 1)), change.groups());
        assertTrue(state.drain().isEmpty());

        state.presence("a@x/1", Optional.empty());
        RosterChange offline = state.drain().orElseThrow();
        assertEquals(2, wakes.get());
        assertTrue(offline.updated().get(0).resources().isEmpty());
        assertEquals(List.of(new GroupCount("G", 0, 1)), offline.groups());
    }

    @Test
    void itemsPutTogetherMakeOneEventAndAnItemWithoutPresenceIsStoredAsIs() {
        Contact a = item("a@x", "G");
        state.putItems(List.of(a, item("b@x", "G"), item("c@x")));
        assertEquals(1, wakes.get());
        assertEquals(3, state.size());
        assertEquals(List.of("d@x"), state.missing(List.of("b@x", "d@x", "a@x"), jid -> jid), "not held");
        RosterChange change = state.drain().orElseThrow();
        assertEquals(3, change.added().size());
        assertSame(a, change.added().stream().filter(c -> c.jid().equals("a@x")).findFirst().orElseThrow());
        assertEquals(List.of(new GroupCount("G", 0, 2)),
                change.groups().stream().filter(g -> g.name().equals("G")).toList());

        state.presence("a@x/1", available("a@x/1", 1));
        state.putItems(List.of(item("a@x", "H")));
        Contact moved = state.snapshot().contact("a@x").orElseThrow();
        assertEquals(Set.of("H"), moved.groups());
        assertEquals(List.of("a@x/1"), moved.resources().stream().map(ResourcePresence::fullJid).toList(),
                "an item put again keeps the presence the state holds");
        state.drain();
        state.putItems(List.of(moved));
        assertTrue(state.drain().isEmpty(), "putting an item unchanged changes nothing");
    }

    @Test
    void ownOtherResourcesExcludeThisClientAndSnapshotsAreCachedUntilAChange() {
        state.bound("me@x/here");
        state.presence("me@x/here", available("me@x/here", 0));
        state.presence("me@x/phone", available("me@x/phone", 5));
        RosterSnapshot first = state.snapshot();
        assertEquals(List.of("me@x/phone"), first.ownResources().stream().map(ResourcePresence::fullJid).toList());
        assertSame(first, state.snapshot());
        state.putItem(item("a@x"));
        RosterSnapshot second = state.snapshot();
        assertTrue(second.version() > first.version());
        assertEquals(List.of("a@x"), second.since(first).added().stream().map(Contact::jid).toList());
        assertEquals(new GroupCount(RosterSnapshot.UNGROUPED, 0, 1), second.groups().get(RosterSnapshot.UNGROUPED));
    }

    @Test
    void tenThousandContactsSnapshotAndPresenceFlood() {
        for (int i = 0; i < 10_000; i++) {
            state.putItem(item("c" + i + "@x", "G" + (i % 50)));
        }
        state.drain();
        long begin = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            state.presence("c" + i + "@x/r", available("c" + i + "@x/r", 0));
        }
        long flood = System.nanoTime() - begin;
        RosterChange change = state.drain().orElseThrow();
        begin = System.nanoTime();
        RosterSnapshot snapshot = state.snapshot();
        long snap = System.nanoTime() - begin;
        assertEquals(10_000, change.updated().size());
        assertEquals(10_000, snapshot.contacts().size());
        assertEquals(new GroupCount("G7", 200, 200), snapshot.groups().get("G7"));
        System.out.printf("[roster-tests] model, 10,000 contacts: 10,000 presences applied in %d ms, "
                + "snapshot built in %d ms%n", flood / 1_000_000, snap / 1_000_000);
    }

    private static Contact item(String jid, String... groups) {
        return new Contact("acc", jid, Optional.empty(), Set.of(groups), Subscription.BOTH, false, List.of());
    }

    private static Optional<ResourcePresence> available(String fullJid, int priority) {
        return Optional.of(new ResourcePresence(fullJid, PresenceMode.AVAILABLE, "", priority, Instant.now()));
    }
}
