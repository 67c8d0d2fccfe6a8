package org.causerie.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.core.MessagePayloadContribution;
import org.causerie.core.Payload;
import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payloads plugins ask for: captured from literal stanzas within their limits
 * (a huge one left out, not cut; at most 8), a bodiless headline carrying one
 * kept as a message (and not without the request), kept across a restart, and a
 * stored payload that no longer reads is left out while its message stays.
 */
class PayloadsTest {

    private static final String ATTENTION = "urn:xmpp:attention:0";
    private static final String ME = "me@localhost";
    private static final ConversationId BOB = ConversationId.of("acc", "bob@localhost");

    @TempDir
    Path directory;

    @BeforeAll
    static void smack() {
        SmackRuntime.start();
    }

    private static SmackPayloads wanting(String... namespaces) {
        SmackPayloads payloads = new SmackPayloads();
        payloads.add(() -> Set.of(namespaces));
        return payloads;
    }

    private static Message parse(String xml) throws Exception {
        return PacketParserUtils.parseStanza(xml);
    }

    private static final String BUZZ = """
            <message xmlns='jabber:client' from='bob@localhost/phone' to='me@localhost/pc' type='headline' id='b1'>
              <attention xmlns='urn:xmpp:attention:0'/>
            </message>""";

    @Test
    void onlyTheNamespacesAskedForAreCaptured() throws Exception {
        Message message = parse("""
                <message xmlns='jabber:client' from='bob@localhost/phone' type='chat' id='m1'><body>hi</body>
                  <attention xmlns='urn:xmpp:attention:0'/>
                  <x xmlns='urn:example:other'><y>z</y></x>
                  <active xmlns='http://jabber.org/protocol/chatstates'/>
                </message>""");
        List<Payload> kept = wanting(ATTENTION).capture("acc", message);
        assertEquals(1, kept.size());
        assertEquals(ATTENTION, kept.get(0).namespace());
        assertEquals("attention", kept.get(0).element());
        assertTrue(kept.get(0).xml().startsWith("<attention") && kept.get(0).xml().contains(ATTENTION),
                kept.get(0).xml());
        assertEquals(List.of(), new SmackPayloads().capture("acc", message), "nothing asked, nothing kept");
    }

    @Test
    void aHugePayloadIsLeftOutAndTheRestKept() throws Exception {
        String huge = "<big xmlns='urn:example:big'>" + "A".repeat(Payload.MAX_XML_CHARS + 10) + "</big>";
        Message message = parse("<message xmlns='jabber:client' from='bob@localhost/phone' type='chat' id='m2'>"
                + "<body>hi</body>" + huge + "<attention xmlns='urn:xmpp:attention:0'/></message>");
        List<Payload> kept = wanting(ATTENTION, "urn:example:big").capture("acc", message);
        assertEquals(List.of("attention"), kept.stream().map(Payload::element).toList());
    }

    @Test
    void atMostEightPayloadsAreKept() throws Exception {
        String many = "<p xmlns='urn:example:p'/>".repeat(50);
        Message message = parse("<message xmlns='jabber:client' from='bob@localhost/phone' type='chat' id='m3'>"
                + "<body>hi</body>" + many + "</message>");
        assertEquals(Payload.MAX_PER_MESSAGE, wanting("urn:example:p").capture("acc", message).size());
    }

    @Test
    void aContributionThatThrowsIsIgnored() throws Exception {
        SmackPayloads payloads = wanting(ATTENTION);
        MessagePayloadContribution broken = () -> {
            throw new IllegalStateException("broken plugin");
        };
        payloads.add(broken);
        assertEquals(Set.of(ATTENTION), payloads.namespaces());
        payloads.remove(broken);
        assertEquals(1, payloads.capture("acc", parse(BUZZ)).size());
    }

    @Test
    void aContributionMayRefuseAPayload() throws Exception {
        SmackPayloads payloads = new SmackPayloads();
        payloads.add(new MessagePayloadContribution() {
            @Override
            public Set<String> payloadNamespaces() {
                return Set.of(ATTENTION);
            }

            @Override
            public boolean keep(String accountId, String fromJid, Payload payload) {
                return fromJid.startsWith("friend@");
            }
        });
        assertEquals(List.of(), payloads.capture("acc", parse(BUZZ)), "bob is no friend");
        assertEquals(1, payloads.capture("acc", parse(BUZZ.replace("bob@", "friend@"))).size());
    }

    @Test
    void malformedPayloadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Payload("", "a", "<a/>"));
        assertThrows(IllegalArgumentException.class, () -> new Payload("urn:x", "a b", "<a b/>"));
        assertThrows(IllegalArgumentException.class, () -> new Payload("urn:x", "a", "<b/>"));
        assertThrows(IllegalArgumentException.class, () -> new Payload("urn:x", "a", "not xml"));
        assertThrows(IllegalArgumentException.class,
                () -> new Payload("urn:x", "a", "<a>" + "x".repeat(Payload.MAX_XML_CHARS) + "</a>"));
        assertThrows(IllegalArgumentException.class, () -> new Payload("x".repeat(2000), "a", "<a/>"));
    }

    @Test
    void aBodilessHeadlineWithAPayloadAskedForIsAMessage() throws Exception {
        Conversations conversations = new Conversations(new ConversationStore(directory));
        try {
            new Inbound("acc", conversations, new SmackPayloads()).received(parse(BUZZ), ME);
            assertEquals(List.of(), conversations.ids(), "not asked for: a headline is no conversation");
            new Inbound("acc", conversations, wanting(ATTENTION)).received(parse(BUZZ), ME);
            List<ChatMessage> history = conversations.get(BOB).history();
            assertEquals(1, history.size());
            assertEquals("", history.get(0).body());
            assertEquals("attention", history.get(0).payloads().get(0).element());
            new Inbound("acc", conversations, wanting(ATTENTION)).received(parse("""
                    <message xmlns='jabber:client' from='bob@localhost/phone' type='headline' id='n1'>
                      <news xmlns='urn:example:news'/>
                    </message>"""), ME);
            assertEquals(1, conversations.get(BOB).history().size(), "other headlines stay out");
        } finally {
            conversations.close();
        }
    }

    @Test
    void payloadsSurviveARestartAndABrokenOneIsLeftOut() throws Exception {
        Payload attention = new Payload(ATTENTION, "attention", "<attention xmlns='" + ATTENTION + "'/>");
        Conversations first = new Conversations(new ConversationStore(directory));
        ChatMessage buzz = new ChatMessage("b1", BOB, Direction.IN, "bob@localhost/phone", "me@localhost", "",
                Instant.ofEpochMilli(1_700_000_000_000L), DeliveryState.DELIVERED, false, Optional.empty(), false,
                List.of(attention));
        first.get(BOB).add(buzz);
        first.close();
        // a hand-edited line: the element does not match the XML
        Files.writeString(directory.resolve(ConversationStore.fileName(BOB)),
                "{\"k\":\"m\",\"id\":\"b2\",\"dir\":\"IN\",\"from\":\"bob@localhost/phone\",\"to\":\"me@localhost\","
                        + "\"ts\":1700000001000,\"state\":\"DELIVERED\",\"delayed\":false,\"carbon\":false,"
                        + "\"body\":\"text\",\"p0n\":\"urn:x\",\"p0e\":\"a\",\"p0x\":\"<b/>\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Conversations second = new Conversations(new ConversationStore(directory));
        try {
            List<ChatMessage> history = second.get(BOB).history();
            assertEquals(List.of(buzz), history.subList(0, 1));
            assertEquals("text", history.get(1).body());
            assertEquals(List.of(), history.get(1).payloads());
        } finally {
            second.close();
        }
    }
}
