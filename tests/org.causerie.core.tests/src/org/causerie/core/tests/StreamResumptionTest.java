package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Account;
import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TcpRelay;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A short outage while the server keeps the session: the client resumes the
 * stream (XEP-0198) and nothing sent either way during the outage is lost or
 * delivered twice.
 */
@ExtendWith(EjabberdExtension.class)
class StreamResumptionTest {

    private static final int PER_SIDE = 10;

    @Test
    void cutLinkResumesTheStreamWithEveryMessageOnce(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        try (TcpRelay relay = TcpRelay.start(server.host(), server.c2sPort())) {
            Account viaRelay = CoreFixture.account(server, alice).port(relay.port()).build();
            XmppSession aliceSession = connect(viaRelay, alice.password());
            XmppSession bobSession = connect(server, bob);
            List<String> atAlice = new CopyOnWriteArrayList<>();
            List<String> atBob = new CopyOnWriteArrayList<>();
            aliceSession.addMessageListener(m -> atAlice.add(m.body()));
            bobSession.addMessageListener(m -> atBob.add(m.body()));
            String aliceJid = aliceSession.boundJid();

            for (int i = 0; i < PER_SIDE / 2; i++) {
                aliceSession.sendMessage(bob.jid(), "to bob " + i);
                bobSession.sendMessage(aliceJid, "to alice " + i);
            }
            eventually("the first half arrives", () -> atAlice.size() == PER_SIDE / 2 && atBob.size() == PER_SIDE / 2);

            relay.cut();
            for (int i = PER_SIDE / 2; i < PER_SIDE; i++) {
                aliceSession.sendMessage(bob.jid(), "to bob " + i);
                bobSession.sendMessage(aliceJid, "to alice " + i);
            }

            eventually("alice is back", () -> aliceSession.state() == ConnectionState.CONNECTED
                    && ((XMPPTCPConnection) ((SmackSession) aliceSession).connection()).isAuthenticated());
            eventually(() -> "every message arrives (alice " + atAlice + ", bob " + atBob + ")",
                    () -> atAlice.size() >= PER_SIDE && atBob.size() >= PER_SIDE);
            assertTrue(((XMPPTCPConnection) ((SmackSession) aliceSession).connection()).streamWasResumed(),
                    "the stream was resumed, not restarted");
            assertEquals(aliceJid, aliceSession.boundJid(), "same full JID after resumption");
            assertEquals(PER_SIDE, new TreeSet<>(atAlice).size());
            assertEquals(PER_SIDE, new TreeSet<>(atBob).size());
            sleepBriefly();
            assertEquals(PER_SIDE, atAlice.size(), "nothing twice at alice: " + atAlice);
            assertEquals(PER_SIDE, atBob.size(), "nothing twice at bob: " + atBob);

            await(accounts().disconnect(viaRelay.id()));
            await(accounts().disconnect(bobSession.account().id()));
        }
    }

    /**
     * Reconnection attempts that hit a link closed during stream set-up (a flaky
     * network, a restarting proxy) must not poison the next ones: once the path is
     * back, the session comes back and resumes.
     */
    @Test
    void attemptsClosedDuringSetUpDoNotStopTheReconnection(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        try (TcpRelay relay = TcpRelay.start(server.host(), server.c2sPort())) {
            Account viaRelay = CoreFixture.account(server, alice).port(relay.port()).build();
            XmppSession aliceSession = connect(viaRelay, alice.password());
            XmppSession bobSession = connect(server, bob);
            List<String> atAlice = new CopyOnWriteArrayList<>();
            aliceSession.addMessageListener(m -> atAlice.add(m.body()));

            relay.cutAndHold();
            eventually("two attempts were closed during set-up", () -> relay.refused() >= 2);
            bobSession.sendMessage(aliceSession.boundJid(), "while held");
            relay.release();

            eventually("alice is back", () -> aliceSession.state() == ConnectionState.CONNECTED
                    && ((XMPPTCPConnection) ((SmackSession) aliceSession).connection()).isAuthenticated());
            eventually(() -> "the message sent meanwhile arrives (" + atAlice + ")",
                    () -> atAlice.contains("while held"));
            await(accounts().disconnect(viaRelay.id()));
            await(accounts().disconnect(bobSession.account().id()));
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
