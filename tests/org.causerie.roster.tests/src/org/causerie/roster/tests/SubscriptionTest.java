package org.causerie.roster.tests;

import static org.causerie.roster.tests.RosterFixture.await;
import static org.causerie.roster.tests.RosterFixture.awaitContact;
import static org.causerie.roster.tests.RosterFixture.connect;
import static org.causerie.roster.tests.RosterFixture.disconnect;
import static org.causerie.roster.tests.RosterFixture.eventually;
import static org.causerie.roster.tests.RosterFixture.id;
import static org.causerie.roster.tests.RosterFixture.rosters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.RosterService;
import org.causerie.roster.Subscription;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The subscription handshake of seed 001 (RFC 6121 §3) between fresh accounts. */
@ExtendWith(EjabberdExtension.class)
class SubscriptionTest {

    @Test
    void addShowsPendingThenApproveWithAskBackEndsBothSides(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        RosterService roster = rosters();
        RosterFixture.Recorder events = new RosterFixture.Recorder();
        roster.addListener(events);
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            await(roster.add(id(a), bob.jid(), Optional.of("Monsieur Test"), Set.of("Friends")));
            Contact pending = awaitContact(a, bob.jid(), Contact::pendingOut);
            assertEquals(Subscription.NONE, pending.subscription());
            assertEquals("Monsieur Test", pending.displayName());
            assertEquals(Set.of("Friends"), pending.groups());

            eventually("bob is asked", () -> events.request(id(b), alice.jid()).isPresent());
            assertEquals(List.of(alice.jid()),
                    roster.pendingRequests(id(b)).stream().map(SubscriptionRequest::from).toList());

            await(roster.approve(id(b), alice.jid(), true));
            assertTrue(roster.pendingRequests(id(b)).isEmpty(), "answered request no longer pending");
            awaitContact(a, bob.jid(), c -> c.subscription() == Subscription.TO && !c.pendingOut());
            awaitContact(b, alice.jid(), c -> c.subscription() == Subscription.FROM && c.pendingOut());

            eventually("alice is asked back", () -> events.request(id(a), bob.jid()).isPresent());
            await(roster.approve(id(a), bob.jid(), true)); // already seeing bob: no second request
            Contact bobForAlice = awaitContact(a, bob.jid(), c -> c.subscription() == Subscription.BOTH);
            Contact aliceForBob = awaitContact(b, alice.jid(),
                    c -> c.subscription() == Subscription.BOTH && !c.pendingOut());
            assertFalse(bobForAlice.pendingOut());
            assertTrue(aliceForBob.groups().isEmpty());
            // Presence flows once subscribed: each sees the other online.
            awaitContact(a, bob.jid(), Contact::online);
            awaitContact(b, alice.jid(), Contact::online);
            assertEquals(1, RosterFixture.snapshot(a).groups().get("Friends").online());
        } finally {
            roster.removeListener(events);
            disconnect(a, b);
        }
    }

    @Test
    void denyLeavesNoneAndClearsPending(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "carol");
        TestAccount alice = users.get(0);
        TestAccount carol = users.get(1);
        RosterService roster = rosters();
        XmppSession a = connect(server, alice);
        XmppSession c = connect(server, carol);
        try {
            await(roster.add(id(a), carol.jid(), Optional.empty(), Set.of()));
            awaitContact(a, carol.jid(), Contact::pendingOut);
            eventually("carol has the request", () -> !roster.pendingRequests(id(c)).isEmpty());

            await(roster.deny(id(c), alice.jid()));
            Contact refused = awaitContact(a, carol.jid(), x -> !x.pendingOut());
            assertEquals(Subscription.NONE, refused.subscription());
            assertEquals(carol.jid(), refused.displayName(), "no nickname: the JID is shown");
            assertTrue(roster.pendingRequests(id(c)).isEmpty());
            assertTrue(RosterFixture.snapshot(c).contact(alice.jid()).isEmpty(), "deny adds nothing to carol's roster");
        } finally {
            disconnect(a, c);
        }
    }

    @Test
    void aRequestMadeWhileOfflineIsPendingAtLoginForAListenerThatComesLater(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "dave");
        TestAccount alice = users.get(0);
        TestAccount dave = users.get(1);
        RosterService roster = rosters();
        XmppSession a = connect(server, alice);
        try {
            await(roster.add(id(a), dave.jid(), Optional.of("Dave"), Set.of()));
            awaitContact(a, dave.jid(), Contact::pendingOut);
        } finally {
            disconnect(a);
        }
        XmppSession d = connect(server, dave);
        try {
            // The server delivers pending requests at login (RFC 6121 §3.1.3); no listener was needed.
            eventually("dave sees the request made while he was offline",
                    () -> roster.pendingRequests(id(d)).stream().anyMatch(r -> r.from().equals(alice.jid())));
        } finally {
            disconnect(d);
        }
    }
}
