package org.causerie.chat.tests;

import static org.causerie.chat.tests.ChatFixture.chat;
import static org.causerie.chat.tests.ChatFixture.connect;
import static org.causerie.chat.tests.ChatFixture.conversation;
import static org.causerie.chat.tests.ChatFixture.disconnect;
import static org.causerie.chat.tests.ChatFixture.eventually;

import java.time.Duration;
import java.util.List;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.DeliveryState;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A burst far larger than Smack's queues (500 stanzas written, 500 unacknowledged):
 * the sender also receives (receipts), so the server asks it for acknowledgements
 * while it sends. Every message must arrive and be confirmed; nothing may hang.
 */
@ExtendWith(EjabberdExtension.class)
class BurstTest {

    private static final int COUNT = 3000;

    @Test
    void thousandsOfMessagesInATightLoopAllArriveAndAreConfirmed(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        // subscribed both ways: receipts are answered only to contacts (ifIsSubscribed)
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            for (int i = 0; i < COUNT; i++) {
                chat.send(conversation(a, bob), "burst " + i);
            }
            Duration patience = Duration.ofSeconds(120);
            eventually(() -> "bob has every message: " + chat.history(conversation(b, alice)).size(),
                    () -> chat.history(conversation(b, alice)).size() == COUNT, patience);
            eventually(() -> "alice sees every message delivered: " + delivered(chat.history(conversation(a, bob))),
                    () -> delivered(chat.history(conversation(a, bob))) == COUNT, patience);
        } finally {
            disconnect(a, b);
        }
    }

    private static long delivered(List<ChatMessage> history) {
        return history.stream().filter(m -> m.state() == DeliveryState.DELIVERED).count();
    }
}
