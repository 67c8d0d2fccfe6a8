package org.causerie.roster.tests;

import static org.causerie.roster.tests.RosterFixture.await;
import static org.causerie.roster.tests.RosterFixture.awaitContact;
import static org.causerie.roster.tests.RosterFixture.awaitNoContact;
import static org.causerie.roster.tests.RosterFixture.connect;
import static org.causerie.roster.tests.RosterFixture.disconnect;
import static org.causerie.roster.tests.RosterFixture.eventually;
import static org.causerie.roster.tests.RosterFixture.id;
import static org.causerie.roster.tests.RosterFixture.rosters;
import static org.causerie.roster.tests.RosterFixture.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.GroupCount;
import org.causerie.roster.RosterException;
import org.causerie.roster.RosterService;
import org.causerie.roster.Subscription;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rename, groups, remove, and roster pushes caused by another client of the account (RFC 6121 §2). */
@ExtendWith(EjabberdExtension.class)
class RosterEditTest {

    @Test
    void renameMoveCopyBetweenGroupsAndRemove(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        RosterService roster = rosters();
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            awaitContact(a, bob.jid(), c -> c.subscription() == Subscription.BOTH);
            await(roster.rename(id(a), bob.jid(), Optional.of("Bobby")));
            awaitContact(a, bob.jid(), c -> c.name().equals(Optional.of("Bobby")));

            await(roster.setGroups(id(a), bob.jid(), Set.of("Work", "Judo")));
            Contact inTwo = awaitContact(a, bob.jid(), c -> c.groups().equals(Set.of("Work", "Judo")));
            assertEquals(Optional.of("Bobby"), inTwo.name(), "moving keeps the nickname");
            awaitContact(a, bob.jid(), Contact::online);
            eventually(() -> "counts of two groups, now " + snapshot(a).groups(),
                    () -> new GroupCount("Work", 1, 1).equals(snapshot(a).groups().get("Work"))
                            && new GroupCount("Judo", 1, 1).equals(snapshot(a).groups().get("Judo")));

            await(roster.setGroups(id(a), bob.jid(), Set.of("Judo")));
            awaitContact(a, bob.jid(), c -> c.groups().equals(Set.of("Judo")));
            eventually("the empty group is gone", () -> !snapshot(a).groups().containsKey("Work"));

            await(roster.remove(id(a), bob.jid()));
            awaitNoContact(a, bob.jid());
            // RFC 6121 §2.5.2: removing cancels both subscriptions; bob keeps an item with none.
            awaitContact(b, alice.jid(), c -> c.subscription() == Subscription.NONE && !c.online());
        } finally {
            disconnect(a, b);
        }
    }

    @Test
    void aChangeMadeByAnotherClientOfTheAccountShowsAtOnce(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        RosterService roster = rosters();
        RosterFixture.Recorder events = new RosterFixture.Recorder();
        XmppSession first = connect(server, alice);
        XmppSession second = connect(server, alice);
        roster.addListener(events);
        try {
            long before = snapshot(first).version();
            await(roster.setGroups(id(second), bob.jid(), Set.of("Moved elsewhere")));
            awaitContact(first, bob.jid(), c -> c.groups().equals(Set.of("Moved elsewhere")));
            // listeners are told on the service's event thread, after the snapshot changed
            Waiting.eventually(() -> "the first session's listener got the push as an update: " + events.changes,
                    () -> events.changes.stream().anyMatch(ch -> ch.accountId().equals(id(first))
                            && ch.version() > before
                            && ch.updated().stream().anyMatch(c -> c.jid().equals(bob.jid())
                                    && c.groups().equals(Set.of("Moved elsewhere")))));

            await(roster.add(id(second), "nobody@" + server.domain(), Optional.of("Nobody"), Set.of()));
            awaitContact(first, "nobody@" + server.domain(), Contact::pendingOut);
            await(roster.remove(id(second), "nobody@" + server.domain()));
            awaitNoContact(first, "nobody@" + server.domain());
        } finally {
            roster.removeListener(events);
            disconnect(first, second);
        }
    }

    @Test
    void operationsOnUnknownAccountsOrContactsFailWithRosterException(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        RosterService roster = rosters();
        assertFailure(roster.rename("no-such-account", "x@localhost", Optional.empty()));
        XmppSession a = connect(server, alice);
        try {
            RosterException e = assertFailure(roster.rename(id(a), "stranger@" + server.domain(), Optional.of("x")));
            assertEquals(Optional.of("item-not-found"), e.condition());
            assertFailure(roster.add(id(a), "not a jid@@", Optional.empty(), Set.of()));
        } finally {
            disconnect(a);
        }
    }

    private static RosterException assertFailure(java.util.concurrent.CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(RosterException.class, e.getCause());
    }
}
