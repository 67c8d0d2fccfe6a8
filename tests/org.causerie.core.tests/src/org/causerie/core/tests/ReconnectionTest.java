package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server restarts in the middle of a conversation: both sides reconnect by
 * themselves and every message arrives exactly once.
 */
@ExtendWith(EjabberdExtension.class)
class ReconnectionTest {

    private static final int MESSAGES = 40;

    @Test
    void serverRestartLosesAndDuplicatesNothing(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession bobSession = connect(server, bob);
        List<String> received = new CopyOnWriteArrayList<>();
        bobSession.addMessageListener(m -> received.add(m.body()));
        XmppSession aliceSession = connect(server, alice);
        try {
            for (int i = 0; i < MESSAGES; i++) {
                aliceSession.sendMessage(bob.jid(), "message " + i);
                if (i == MESSAGES / 4) {
                    server.restart();
                }
                Thread.sleep(50);
            }
            eventually("both sessions reconnect", () -> aliceSession.state() == ConnectionState.CONNECTED
                    && bobSession.state() == ConnectionState.CONNECTED);
            eventually(() -> "all " + MESSAGES + " messages arrive (got " + received + ", alice queue "
                    + aliceSession.queuedMessages() + ", offline for bob on the server: "
                    + server.ctl("get_offline_count", bob.user(), server.domain()).strip() + ")",
                    () -> received.size() >= MESSAGES);
            Thread.sleep(500);

            Set<String> distinct = new TreeSet<>(received);
            assertEquals(MESSAGES, distinct.size(), "every message arrived: " + distinct);
            assertEquals(MESSAGES, received.size(), "no message arrived twice: " + received);
            assertEquals(0, aliceSession.queuedMessages());
        } finally {
            await(accounts().disconnect(aliceSession.account().id()));
            await(accounts().disconnect(bobSession.account().id()));
        }
    }
}
