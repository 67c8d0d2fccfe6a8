package org.causerie.chat.tests;

import static org.causerie.chat.tests.ChatFixture.chat;
import static org.causerie.chat.tests.ChatFixture.connect;
import static org.causerie.chat.tests.ChatFixture.conversation;
import static org.causerie.chat.tests.ChatFixture.disconnect;
import static org.causerie.chat.tests.ChatFixture.eventually;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A figure, not an assertion: 2,000 one-to-one messages through ChatService
 * (send until the peer's ChatService has them all) against the same through
 * plain Smack connections (outside Causerie, same server, same TLS) in the same
 * run: the same chat messages, counted by a stanza listener.
 */
@ExtendWith(EjabberdExtension.class)
class ChatThroughputTest {

    private static final int COUNT = 2000;
    private static final java.time.Duration LONG = java.time.Duration.ofMinutes(3);

    @Test
    void messagesPerSecondThroughChatServiceAndRawSmack(EjabberdServer server) throws Exception {
        var users = TestAccounts.freshAll(server, "alice", "bob", "carol", "dave");
        XmppSession alice = connect(server, users.get(0));
        XmppSession bob = connect(server, users.get(1));
        XMPPConnection carol = RawSmack.connect(server, users.get(2));
        XMPPConnection dave = RawSmack.connect(server, users.get(3));
        try {
            warmUp(alice, users.get(1), bob, users.get(0));
            double raw = raw(carol, dave, users.get(3));
            double chat = throughChatService(alice, users.get(1), bob, users.get(0));
            double rawAgain = raw(carol, dave, users.get(3));
            System.out.printf(Locale.ROOT, "chat throughput: %d messages, ChatService %.0f msg/s, raw Smack %.0f"
                    + " and %.0f msg/s (before/after), ratio %.0f %%%n", COUNT, chat, raw, rawAgain,
                    100 * chat / Math.max(raw, rawAgain));
        } finally {
            ((org.jivesoftware.smack.AbstractXMPPConnection) carol).disconnect();
            ((org.jivesoftware.smack.AbstractXMPPConnection) dave).disconnect();
            disconnect(alice, bob);
        }
    }

    private static void warmUp(XmppSession a, TestAccount bobUser, XmppSession b, TestAccount aliceUser) {
        ChatService chat = chat();
        for (int i = 0; i < 50; i++) {
            chat.send(conversation(a, bobUser), "warm-up " + i);
        }
        ConversationId at = conversation(b, aliceUser);
        eventually(() -> "warm-up messages", () -> chat.history(at).size() == 50);
    }

    private static double throughChatService(XmppSession a, TestAccount bobUser, XmppSession b,
            TestAccount aliceUser) {
        ChatService chat = chat();
        ConversationId at = conversation(b, aliceUser);
        AtomicInteger received = new AtomicInteger();
        ChatListener listener = new ChatListener() {
            @Override
            public void messageAdded(ChatMessage message) {
                if (message.conversation().equals(at)) {
                    received.incrementAndGet();
                }
            }
        };
        chat.addChatListener(listener);
        try {
            long start = System.nanoTime();
            ConversationId to = conversation(a, bobUser);
            for (int i = 0; i < COUNT; i++) {
                chat.send(to, "message number " + i);
            }
            ChatFixture.eventually(() -> "all messages through ChatService (" + received + ")",
                    () -> received.get() == COUNT, LONG);
            return COUNT / ((System.nanoTime() - start) / 1e9);
        } finally {
            chat.removeChatListener(listener);
        }
    }

    private static double raw(XMPPConnection sender, XMPPConnection receiver, TestAccount toUser)
            throws Exception {
        AtomicInteger received = new AtomicInteger();
        StanzaListener counter = s -> received.incrementAndGet();
        receiver.addSyncStanzaListener(counter, MessageTypeFilter.CHAT);
        try {
            var jid = JidCreate.entityBareFrom(toUser.jid());
            long start = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                sender.sendStanza(sender.getStanzaFactory().buildMessageStanza().to(jid)
                        .ofType(Message.Type.chat).setBody("message number " + i).build());
            }
            ChatFixture.eventually(() -> "all raw messages (" + received + ")", () -> received.get() == COUNT, LONG);
            return COUNT / ((System.nanoTime() - start) / 1e9);
        } finally {
            receiver.removeSyncStanzaListener(counter);
        }
    }
}
