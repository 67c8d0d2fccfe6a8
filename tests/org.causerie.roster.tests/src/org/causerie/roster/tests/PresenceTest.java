package org.causerie.roster.tests;

import static org.causerie.roster.tests.RosterFixture.await;
import static org.causerie.roster.tests.RosterFixture.awaitContact;
import static org.causerie.roster.tests.RosterFixture.connect;
import static org.causerie.roster.tests.RosterFixture.disconnect;
import static org.causerie.roster.tests.RosterFixture.eventually;
import static org.causerie.roster.tests.RosterFixture.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.core.XmppMessage;
import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.GroupCount;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterSnapshot;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Presence per resource, priorities, own other resources, and where a bare-JID message goes. */
@ExtendWith(EjabberdExtension.class)
class PresenceTest {

    @Test
    void ownOtherResourcesAndAContactsResourcesByPriorityThenRecency(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession home = connect(server, alice, 0);
        XmppSession work = connect(server, alice, 3);
        XmppSession bobLow = connect(server, bob, 5);
        XmppSession bobHigh = connect(server, bob, 10);
        try {
            eventually(() -> "alice's other resource listed, now " + snapshot(home).ownResources(),
                    () -> snapshot(home).ownResources().stream().map(ResourcePresence::fullJid).toList()
                            .equals(List.of(work.boundJid())));
            assertEquals(home.boundJid(), snapshot(home).boundJid());
            await(work.setPresence(new OwnPresence(PresenceMode.AWAY, "at lunch", 3)));
            eventually("the other resource's new presence", () -> snapshot(home).ownResources().stream()
                    .anyMatch(r -> r.mode() == PresenceMode.AWAY && r.status().equals("at lunch")));

            Contact both = awaitContact(home, bob.jid(), c -> c.resources().size() == 2);
            assertEquals(List.of(bobHigh.boundJid(), bobLow.boundJid()), jids(both), "highest priority first");

            await(bobLow.setPresence(new OwnPresence(PresenceMode.DND, "busy", 10)));
            Contact tie = awaitContact(home, bob.jid(), c -> c.resources().get(1).priority() == 10
                    && c.resources().get(0).priority() == 10);
            // A tie: the resource whose presence came last goes first. Usually bobLow's DND; but
            // Smack re-announces presence when a session's caps change (XEP-0115), so bobHigh
            // may legitimately have spoken last: assert the rule, not a guess at the order.
            assertEquals(java.util.Set.of(bobLow.boundJid(), bobHigh.boundJid()), java.util.Set.copyOf(jids(tie)));
            assertTrue(!tie.resources().get(0).since().isBefore(tie.resources().get(1).since()),
                    () -> "a tie: most recent first, got " + tie.resources());
            assertEquals(Optional.of(tie.resources().get(0).mode()), tie.mode(), "the preferred resource's mode");
            assertEquals(tie.resources().get(0).status(), tie.status());
            ResourcePresence low = tie.resources().stream().filter(r -> r.fullJid().equals(bobLow.boundJid()))
                    .findFirst().orElseThrow();
            assertEquals(PresenceMode.DND, low.mode());
            assertEquals("busy", low.status());

            disconnect(bobHigh);
            awaitContact(home, bob.jid(), c -> jids(c).equals(List.of(bobLow.boundJid())));
            disconnect(bobLow);
            awaitContact(home, bob.jid(), c -> !c.online());
            eventually(() -> "counts " + snapshot(home).groups(), () -> new GroupCount(RosterSnapshot.UNGROUPED, 0, 1)
                    .equals(snapshot(home).groups().get(RosterSnapshot.UNGROUPED)));
        } finally {
            disconnect(home, work);
            for (XmppSession s : List.of(bobLow, bobHigh)) {
                if (RosterFixture.accounts().session(s.account().id()).isPresent()) {
                    disconnect(s);
                }
            }
        }
    }

    /**
     * RFC 6121 §8.5.2.1.1: a chat message to the bare JID goes to the highest
     * priority resource; on a tie the server may pick one (e.g. the most recent) or
     * deliver to all of them. ejabberd 23.01 delivers to all tied resources
     * ({@code ejabberd_sm:route_message}); asserted so a change of behaviour shows.
     */
    @Test
    void aMessageToTheBareJidGoesToTheHighestPriorityResource(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession a = connect(server, alice);
        XmppSession older = connect(server, bob, 5);
        XmppSession newer = connect(server, bob, 10);
        List<XmppMessage> toOlder = new CopyOnWriteArrayList<>();
        List<XmppMessage> toNewer = new CopyOnWriteArrayList<>();
        older.addMessageListener(toOlder::add);
        newer.addMessageListener(toNewer::add);
        try {
            awaitContact(a, bob.jid(), c -> c.resources().size() == 2);
            a.sendMessage(bob.jid(), "to the highest");
            eventually("the priority 10 resource got it", () -> has(toNewer, "to the highest"));
            RosterFixture.sleep(1000);
            assertTrue(!has(toOlder, "to the highest"), "the priority 5 resource got nothing: " + toOlder);

            // Tie: the older resource raises its priority last, so it is the most recent.
            await(older.setPresence(new OwnPresence(PresenceMode.AVAILABLE, "", 10)));
            awaitContact(a, bob.jid(), c -> c.resources().stream().allMatch(r -> r.priority() == 10));
            a.sendMessage(bob.jid(), "a tie");
            eventually("someone got the tie message", () -> has(toOlder, "a tie") || has(toNewer, "a tie"));
            RosterFixture.sleep(1000);
            System.out.println("[roster-tests] bare-JID message on a priority tie: most recent resource "
                    + (has(toOlder, "a tie") ? "got it" : "did NOT get it") + ", the other "
                    + (has(toNewer, "a tie") ? "got it" : "did NOT get it"));
            assertTrue(has(toOlder, "a tie"), "the most recent of the tied resources got it");
            assertTrue(has(toNewer, "a tie"), "ejabberd also delivers to the other tied resource");
        } finally {
            disconnect(a, older, newer);
        }
    }

    private static boolean has(List<XmppMessage> messages, String body) {
        return messages.stream().anyMatch(m -> body.equals(m.body()));
    }

    private static List<String> jids(Contact contact) {
        return contact.resources().stream().map(ResourcePresence::fullJid).toList();
    }
}
