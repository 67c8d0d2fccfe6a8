package org.causerie.chat.ui.tests;

import java.util.List;

import org.causerie.chat.ConversationId;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;

/**
 * alice and bob, fresh accounts in each other's roster (subscription both: receipts
 * go only to contacts allowed to see presence, XEP-0184 §8; the nicknames are the
 * user names), both connected in the same workbench.
 */
final class TwoAccounts implements AutoCloseable {

    final TestAccount aliceUser;
    final TestAccount bobUser;
    final XmppSession alice;
    final XmppSession bob;
    /** alice's conversation with bob */
    final ConversationId aliceBob;
    /** bob's conversation with alice */
    final ConversationId bobAlice;

    TwoAccounts(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        aliceUser = users.get(0);
        bobUser = users.get(1);
        server.rosters().addPair(aliceUser.user(), bobUser.user());
        alice = Sessions.connect(server, aliceUser);
        bob = Sessions.connect(server, bobUser);
        aliceBob = ConversationId.of(alice.account().id(), bobUser.jid());
        bobAlice = ConversationId.of(bob.account().id(), aliceUser.jid());
    }

    @Override
    public void close() {
        Sessions.disconnect(alice, bob);
    }
}
