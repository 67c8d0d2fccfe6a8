package org.causerie.example.attention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.causerie.core.spi.SmackRuntime;
import org.causerie.example.attention.internal.Attention;
import org.causerie.example.attention.internal.AttentionProvider;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.SmackXmlParser;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The element and its parser, from literal XML (XEP-0224 §3 example 1). */
class AttentionParsingTest {

    @BeforeAll
    static void smack() {
        SmackRuntime.start();
    }

    @Test
    void parsesTheEmptyElementAndStopsAtItsEnd() throws Exception {
        XmlPullParser parser = SmackXmlParser.newXmlParser(
                new StringReader("<attention xmlns='urn:xmpp:attention:0'/>"));
        parser.next();
        assertSame(Attention.INSTANCE, new AttentionProvider().parse(parser));
        assertEquals(XmlPullParser.Event.END_ELEMENT, parser.getEventType());
    }

    @Test
    void skipsUnexpectedChildren() throws Exception {
        XmlPullParser parser = SmackXmlParser.newXmlParser(new StringReader(
                "<attention xmlns='urn:xmpp:attention:0'><x xmlns='urn:example'><y/></x>text</attention>"));
        parser.next();
        assertSame(Attention.INSTANCE, new AttentionProvider().parse(parser));
        assertEquals("attention", parser.getName());
    }

    @Test
    void writesTheElementOfTheSpecification() {
        Message message = StanzaBuilder.buildMessage("buzz1").ofType(Message.Type.headline)
                .addExtension(Attention.INSTANCE).build();
        String xml = message.toXML().toString();
        assertTrue(xml.contains("<attention xmlns='urn:xmpp:attention:0'/>"), xml);
        assertTrue(xml.contains("type='headline'"), xml);
    }

    @Test
    void recognisesAttentionInAParsedMessage() throws Exception {
        Message buzz = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='romeo@montague.net/orchard'"
                + " to='juliet@capulet.com' type='headline'><attention xmlns='urn:xmpp:attention:0'/></message>");
        Message plain = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='romeo@montague.net/orchard'"
                + " to='juliet@capulet.com' type='chat'><body>hi</body></message>");
        assertTrue(Attention.in(buzz));
        assertFalse(Attention.in(plain));
    }
}
