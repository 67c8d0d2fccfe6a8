package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Account;
import org.causerie.core.OwnPresence;
import org.causerie.core.PeerPresence;
import org.causerie.core.PresenceMode;
import org.causerie.core.XmppMessage;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages stored while offline, the first presence, transient accounts. */
@ExtendWith(EjabberdExtension.class)
class OfflineDeliveryTest {

    @Test
    void offlineMessagesReachAListenerAddedAfterLogin(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = connect(server, alice);
        for (int i = 0; i < 3; i++) {
            // acknowledged by the server (XEP-0198) before alice leaves at once
            assertFalse(await(aliceSession.sendMessageAcknowledged(bob.jid(), "while you were out " + i)).isEmpty());
        }
        await(accounts().disconnect(aliceSession.account().id()));

        XmppSession bobSession = connect(server, bob);
        List<XmppMessage> received = new CopyOnWriteArrayList<>();
        bobSession.addMessageListener(received::add);

        eventually(() -> "three offline messages (got " + received + ")", () -> received.size() == 3);
        assertEquals("while you were out 0", received.get(0).body());
        assertTrue(received.get(0).from().startsWith(alice.jid()));
        await(accounts().disconnect(bobSession.account().id()));
    }

    @Test
    void theFirstPresenceContactsSeeIsTheOneAskedFor(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession bobSession = connect(server, bob);
        List<PeerPresence> seen = new CopyOnWriteArrayList<>();
        bobSession.addPresenceListener(seen::add);

        Account account = CoreFixture.account(server, alice).build();
        XmppSession aliceSession = await(accounts().connect(account, alice.password().toCharArray(),
                new OwnPresence(PresenceMode.DND, "busy", 3)));

        eventually(() -> "presence from alice (seen " + seen + ")",
                () -> seen.stream().anyMatch(p -> p.from().equals(aliceSession.boundJid())));
        PeerPresence first = seen.stream().filter(p -> p.from().equals(aliceSession.boundJid())).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(PresenceMode.DND), first.mode());
        assertEquals("busy", first.status());
        assertEquals(3, first.priority());
        await(accounts().disconnect(account.id()));
        await(accounts().disconnect(bobSession.account().id()));
        assertFalse(accounts().session(account.id()).isPresent(), "a transient account is forgotten");
    }
}
