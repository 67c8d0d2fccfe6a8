package org.causerie.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.causerie.chat.ConversationId;
import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that belong to rooms never become 1:1 conversations: private messages
 * with an occupant (XEP-0045 §7.5), mediated invitations (§7.8.2), direct
 * invitations (XEP-0249), and their carbon copies; a plain message still does.
 */
class RoomMessagesTest {

    private static final String ME = "me@localhost";

    @TempDir
    Path directory;

    @BeforeAll
    static void smack() {
        SmackRuntime.start();
    }

    private List<ConversationId> afterReceiving(String... stanzas) throws Exception {
        Conversations conversations = new Conversations(new ConversationStore(directory));
        try {
            Inbound inbound = new Inbound("acc", conversations, new org.causerie.core.spi.SmackPayloads());
            for (String xml : stanzas) {
                Message message = PacketParserUtils.parseStanza(xml);
                inbound.received(message, ME);
            }
            return conversations.ids();
        } finally {
            conversations.close();
        }
    }

    @Test
    void aPrivateMessageFromAnOccupantIsNotAConversationWithTheRoom() throws Exception {
        assertEquals(List.of(), afterReceiving("""
                <message xmlns='jabber:client' from='coven@chat.localhost/thirdwitch' to='me@localhost/pc' type='chat' id='pm1'>
                  <body>I'll give thee a wind.</body><x xmlns='http://jabber.org/protocol/muc#user'/>
                </message>"""));
    }

    @Test
    void invitationsAreNotConversations() throws Exception {
        assertEquals(List.of(), afterReceiving("""
                <message xmlns='jabber:client' from='coven@chat.localhost' to='me@localhost' id='inv1'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <invite from='crone1@localhost/desktop'><reason>Hey Hecate</reason></invite>
                    <password>cauldronburn</password>
                  </x><body>crone1@localhost invites you to the room coven@chat.localhost</body>
                </message>""", """
                <message xmlns='jabber:client' from='crone1@localhost/desktop' to='me@localhost' id='inv2'>
                  <body>Join us</body>
                  <x xmlns='jabber:x:conference' jid='darkcave@macbeth.localhost' password='cauldronburn'
                     reason='Hey Hecate, this is the place for all good witches!'/>
                </message>"""));
    }

    @Test
    void aCarbonOfAPrivateMessageIsNotAConversationEither() throws Exception {
        assertEquals(List.of(), afterReceiving("""
                <message xmlns='jabber:client' from='me@localhost' to='me@localhost/pc' type='chat' id='c1'>
                  <sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>
                    <message xmlns='jabber:client' from='me@localhost/phone' to='coven@chat.localhost/thirdwitch' type='chat' id='pm2'>
                      <body>Sent from my phone</body><x xmlns='http://jabber.org/protocol/muc#user'/>
                    </message>
                  </forwarded></sent>
                </message>"""));
    }

    @Test
    void aPlainMessageStillIsOne() throws Exception {
        List<ConversationId> ids = afterReceiving("""
                <message xmlns='jabber:client' from='bob@localhost/phone' to='me@localhost/pc' type='chat' id='m1'><body>hi</body></message>""");
        assertEquals(List.of(ConversationId.of("acc", "bob@localhost")), ids);
        assertFalse(Inbound.belongsToRooms(PacketParserUtils.parseStanza(
                "<message xmlns='jabber:client' from='bob@localhost/phone' type='chat'><body>hi</body></message>")));
        assertTrue(Inbound.belongsToRooms(PacketParserUtils.parseStanza(
                "<message xmlns='jabber:client' from='r@s/n' type='chat'><body>hi</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>")));
    }
}
