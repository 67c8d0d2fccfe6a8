package org.causerie.example.attention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.XmppSession;
import org.causerie.example.attention.AttentionService;
import org.causerie.example.attention.Buzz;
import org.causerie.example.attention.BuzzListener;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alice buzzes Bob through the harness's ejabberd; Bob's client sees it and advertises the feature. */
@ExtendWith(EjabberdExtension.class)
class BuzzRoundTripTest {

    @Test
    void aBuzzArrivesFromItsSenderAndTheFeatureIsAdvertised(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = Sessions.connect(server, alice);
        XmppSession bobSession = Sessions.connect(server, bob);
        AttentionService attention = Services.get(AttentionService.class);
        List<Buzz> heard = new CopyOnWriteArrayList<>();
        BuzzListener listener = heard::add;
        attention.addListener(listener);
        try {
            assertTrue(Waiting.await(aliceSession.discoverFeatures(bobSession.boundJid()))
                    .contains("urn:xmpp:attention:0"));
            Waiting.await(attention.buzz(aliceSession.account().id(), bobSession.boundJid()));
            Waiting.eventually("bob hears the buzz", () -> heard.stream()
                    .anyMatch(b -> b.accountId().equals(bobSession.account().id())));
            Buzz buzz = heard.stream().filter(b -> b.accountId().equals(bobSession.account().id())).findFirst()
                    .orElseThrow();
            assertEquals(alice.jid(), buzz.fromBareJid());
        } finally {
            attention.removeListener(listener);
            Sessions.disconnect(aliceSession, bobSession);
        }
    }
}
