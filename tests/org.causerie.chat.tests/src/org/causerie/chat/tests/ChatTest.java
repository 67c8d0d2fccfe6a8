package org.causerie.chat.tests;

import static org.causerie.chat.tests.ChatFixture.chat;
import static org.causerie.chat.tests.ChatFixture.connect;
import static org.causerie.chat.tests.ChatFixture.conversation;
import static org.causerie.chat.tests.ChatFixture.disconnect;
import static org.causerie.chat.tests.ChatFixture.eventually;
import static org.causerie.chat.tests.ChatFixture.historyWhen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ChatService;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.chat.MessageText;
import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

/** 1:1 chat through ChatService between accounts on the harness's ejabberd. */
@ExtendWith(EjabberdExtension.class)
class ChatTest {

    @Test
    void roundTrip(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            ChatMessage sent = chat.send(conversation(a, bob), "hello bob");
            assertEquals(Direction.OUT, sent.direction());
            assertEquals(a.boundJid(), sent.from());

            List<ChatMessage> bobSees = historyWhen(conversation(b, alice), "bob has alice's message",
                    h -> h.size() == 1);
            ChatMessage got = bobSees.get(0);
            assertEquals(sent.id(), got.id());
            assertEquals("hello bob", got.body());
            assertEquals(Direction.IN, got.direction());
            assertEquals(a.boundJid(), got.from());
            assertFalse(got.delayed());
            assertEquals(1, chat.unreadCount(conversation(b, alice)));

            chat.send(b.account().id(), got.from(), "hello alice, on your resource");
            List<ChatMessage> aliceSees = historyWhen(conversation(a, bob), "alice has the answer",
                    h -> h.size() == 2);
            assertEquals("hello alice, on your resource", aliceSees.get(1).body());
            assertEquals(a.boundJid(), aliceSees.get(1).to());
            eventually(() -> "alice's message acknowledged by the server",
                    () -> chat.history(conversation(a, bob)).get(0).state() != DeliveryState.QUEUED);

            chat.markRead(conversation(b, alice));
            assertEquals(0, chat.unreadCount(conversation(b, alice)));
            assertTrue(chat.conversations().contains(conversation(b, alice)));
        } finally {
            disconnect(a, b);
        }
    }

    @Test
    void offlineMessagesArriveOnLoginWithTheirDelayStamps(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        ChatService chat = chat();
        try {
            for (int i = 0; i < 3; i++) {
                chat.send(conversation(a, bob), "while you were out " + i);
            }
            historyWhen(conversation(a, bob), "the server has the three messages",
                    h -> h.size() == 3 && h.stream().allMatch(m -> m.state() == DeliveryState.SENT));
            Instant beforeLogin = Instant.now();
            XmppSession b = connect(server, bob);
            try {
                List<ChatMessage> got = historyWhen(conversation(b, alice), "bob has the three offline messages",
                        h -> h.size() == 3);
                for (int i = 0; i < 3; i++) {
                    assertEquals("while you were out " + i, got.get(i).body());
                    assertTrue(got.get(i).delayed(), "a delay stamp (XEP-0203) on " + got.get(i));
                    assertTrue(got.get(i).timestamp().isBefore(beforeLogin), "sent before bob logged in");
                }
            } finally {
                disconnect(b);
            }
        } finally {
            disconnect(a);
        }
    }

    @Test
    void carbonsShowAConversationHeldOnAnotherResource(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a1 = connect(server, alice, "a");
        XmppSession a2 = connect(server, alice, "b");
        XmppSession b = connect(server, bob);
        try {
            for (XmppSession s : List.of(a1, a2)) {
                eventually(() -> "carbons enabled on " + s.boundJid(),
                        () -> CarbonManager.getInstanceFor(((SmackSession) s).connection()).getCarbonsEnabled());
            }
            ChatService chat = chat();
            ChatMessage sent = chat.send(conversation(a1, bob), "from resource a");
            List<ChatMessage> onB = historyWhen(conversation(a2, bob), "alice/b sees what alice/a sent",
                    h -> h.size() == 1);
            assertEquals(Direction.OUT, onB.get(0).direction());
            assertTrue(onB.get(0).carbon());
            assertEquals(sent.id(), onB.get(0).id());
            assertEquals(a1.boundJid(), onB.get(0).from());
            historyWhen(conversation(b, alice), "bob has it", h -> h.size() == 1);

            chat.send(conversation(b, alice), "answer to alice's bare JID");
            for (XmppSession s : List.of(a1, a2)) {
                List<ChatMessage> h = historyWhen(conversation(s, bob), s.boundJid() + " sees bob's answer",
                        l -> l.size() == 2);
                assertEquals(Direction.IN, h.get(1).direction());
                assertEquals("answer to alice's bare JID", h.get(1).body());
            }
        } finally {
            disconnect(a1, a2, b);
        }
    }

    @Test
    void aReceiptMarksTheMessageDelivered(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        // Receipts go only to contacts allowed to see presence (XEP-0184 §8).
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        List<ChatMessage> updates = new CopyOnWriteArrayList<>();
        ChatListener listener = new ChatListener() {
            @Override
            public void messageAdded(ChatMessage message) {
            }

            @Override
            public void messageUpdated(ChatMessage message) {
                updates.add(message);
            }
        };
        ChatService chat = chat();
        chat.addChatListener(listener);
        try {
            ChatMessage sent = chat.send(conversation(a, bob), "did you get this?");
            historyWhen(conversation(a, bob), "a receipt from bob's client",
                    h -> h.get(0).state() == DeliveryState.DELIVERED);
            eventually(() -> "a messageUpdated event with DELIVERED (got " + updates + ")",
                    () -> updates.stream().anyMatch(m -> m.id().equals(sent.id())
                            && m.state() == DeliveryState.DELIVERED));
        } finally {
            chat.removeChatListener(listener);
            disconnect(a, b);
        }
    }

    @Test
    void aCorrectionReplacesTheLastMessage(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            ChatMessage first = chat.send(conversation(a, bob), "helo wrold");
            historyWhen(conversation(b, alice), "bob has the typo", h -> h.size() == 1);
            ChatMessage fixed = chat.correctLast(conversation(a, bob), "hello world").orElseThrow();
            assertEquals(first.id(), fixed.id());
            assertTrue(fixed.edited());

            List<ChatMessage> h = historyWhen(conversation(b, alice), "bob sees the corrected text",
                    l -> l.size() == 1 && l.get(0).edited());
            assertEquals("hello world", h.get(0).body());
            assertEquals(first.id(), h.get(0).id());
            assertEquals(fixed.correctionId(), h.get(0).correctionId());
        } finally {
            disconnect(a, b);
        }
    }

    @Test
    void thePeerSeesTyping(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        List<String> seen = new CopyOnWriteArrayList<>();
        ChatListener listener = new ChatListener() {
            @Override
            public void messageAdded(ChatMessage message) {
            }

            @Override
            public void chatStateChanged(ConversationId conversation, String fullJid, ChatState state) {
                seen.add(conversation.accountId() + " " + fullJid + " " + state);
            }
        };
        ChatService chat = chat();
        chat.addChatListener(listener);
        try {
            chat.setChatState(conversation(a, bob), ChatState.COMPOSING);
            String expected = b.account().id() + " " + a.boundJid() + " " + ChatState.COMPOSING;
            eventually(() -> "bob sees alice typing (seen " + seen + ")", () -> seen.contains(expected));
            assertEquals(Map.of(a.boundJid(), ChatState.COMPOSING), chat.chatStates(conversation(b, alice)));

            chat.send(conversation(a, bob), "done typing");
            eventually(() -> "a message carries <active/>",
                    () -> chat.chatStates(conversation(b, alice)).get(a.boundJid()) == ChatState.ACTIVE);
        } finally {
            chat.removeChatListener(listener);
            disconnect(a, b);
        }
    }

    @Test
    void historySurvivesARestartOfTheBundle(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            chat.send(conversation(a, bob), "one");
            chat.send(conversation(a, bob), "two\nlines \"quoted\" \u00e9\u4e2d");
            List<ChatMessage> before = historyWhen(conversation(b, alice), "bob has both", h -> h.size() == 2);
            List<ChatMessage> aliceBefore = historyWhen(conversation(a, bob), "both acknowledged",
                    h -> h.stream().allMatch(m -> m.state() != DeliveryState.QUEUED));

            var bundle = ChatFixture.chatBundle();
            bundle.stop();
            bundle.start();

            ChatService again = chat();
            assertEquals(before, again.history(conversation(b, alice)));
            assertEquals(aliceBefore, again.history(conversation(a, bob)));
            assertEquals(2, again.unreadCount(conversation(b, alice)));
            assertTrue(again.conversations().containsAll(List.of(conversation(a, bob), conversation(b, alice))));

            again.send(conversation(a, bob), "three, after the restart");
            historyWhen(conversation(b, alice), "chat still works", h -> h.size() == 3);
        } finally {
            disconnect(a, b);
        }
    }

    @Test
    void aBodyTheStreamCannotCarryIsRefusedAndTheSessionStays(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            // sent as is, either would make the server close alice's stream (not-well-formed, too big)
            assertThrows(IllegalArgumentException.class, () -> chat.send(conversation(a, bob), "ring \u0007 bell"));
            assertThrows(IllegalArgumentException.class,
                    () -> chat.send(conversation(a, bob), "x".repeat(MessageText.MAX_BYTES + 1)));
            assertTrue(chat.history(conversation(a, bob)).isEmpty(), "nothing refused is kept as sent");
            chat.send(conversation(a, bob), "still here");
            List<ChatMessage> h = historyWhen(conversation(b, alice), "bob gets the next message",
                    l -> l.size() == 1);
            assertEquals("still here", h.get(0).body());
            assertEquals(ConnectionState.CONNECTED, a.state());
        } finally {
            disconnect(a, b);
        }
    }

    @Test
    void aHugeMessageAndAnUnknownPayloadArriveIntact(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            ChatService chat = chat();
            // ejabberd's max_stanza_size in the harness is 1 MiB: a body of 1,000,000 characters fits.
            StringBuilder big = new StringBuilder(1_000_000);
            for (int i = 0; big.length() < 1_000_000; i++) {
                big.append(i % 64 == 63 ? '\n' : (char) ('a' + i % 26));
            }
            String body = big.substring(0, 1_000_000);
            chat.send(conversation(a, bob), body);
            List<ChatMessage> h = historyWhen(conversation(b, alice), "bob has the 1 MB message",
                    l -> l.size() == 1);
            assertEquals(body, h.get(0).body());

            var connection = ((SmackSession) a).connection();
            Message odd = connection.getStanzaFactory().buildMessageStanza().to(JidCreate.from(bob.jid()))
                    .ofType(Message.Type.chat).setBody("with something unknown")
                    .addExtension(StandardExtensionElement.builder("gadget", "urn:example:unknown:0")
                            .addAttribute("size", "42").addElement("part", "x").build())
                    .build();
            connection.sendStanza(odd);
            h = historyWhen(conversation(b, alice), "bob has the odd message", l -> l.size() == 2);
            assertEquals("with something unknown", h.get(1).body());
            assertEquals(odd.getStanzaId(), h.get(1).id());
        } finally {
            disconnect(a, b);
        }
    }
}
