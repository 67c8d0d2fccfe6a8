package org.causerie.pubsub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.spi.SmackRuntime;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.EventElementType;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.junit.jupiter.api.Test;

/** Event notifications and items from literal XML, parsed by Smack with this bundle's providers in place. */
class ParsingTest {

    private static final Providers PROVIDERS = new Providers();

    private static <S extends Stanza> S stanza(String xml) {
        SmackRuntime.start();
        PROVIDERS.register();
        try {
            return PacketParserUtils.parseStanza(xml);
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + xml, e);
        }
    }

    @Test
    void aSubscriptionStateEventParsesInsteadOfClosingTheConnection() {
        // XEP-0060 §8.8.4 (ejabberd sends it when an owner removes a subscription): Smack 4.4's
        // own provider throws a ClassCastException on it.
        Stanza message = stanza("""
                <message xmlns='jabber:client' from='pubsub.shakespeare.lit' to='horatio@denmark.lit' id='n1'>
                  <event xmlns='http://jabber.org/protocol/pubsub#event'>
                    <subscription node='princely_musings' jid='horatio@denmark.lit' subscription='none'/>
                  </event>
                </message>""");
        EventElement event = EventElement.from(message);
        assertEquals(EventElementType.subscription, event.getEventType());
        assertEquals("princely_musings", event.getEvent().getNode());
    }

    @Test
    void anItemKeepsItsPublisherAndUnknownPayloadAsXml() {
        Stanza message = stanza("""
                <message xmlns='jabber:client' from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='n2'>
                  <event xmlns='http://jabber.org/protocol/pubsub#event'>
                    <items node='princely_musings'>
                      <item id='ae890ac52d0df67ed7cfdf51b644e901' publisher='hamlet@denmark.lit'>
                        <thing xmlns='urn:example:unknown'><deep a='1'>text &amp; more</deep></thing>
                      </item>
                    </items>
                  </event>
                </message>""");
        ItemsExtension items = (ItemsExtension) EventElement.from(message).getEvent();
        PayloadItem<?> item = (PayloadItem<?>) items.getItems().get(0);
        PubSubItem value = Conversions.item(new NodeId("a", "pubsub.shakespeare.lit", "princely_musings"), item,
                Optional.empty(), Optional.empty());
        assertEquals(Optional.of("hamlet@denmark.lit"), value.publisher());
        assertTrue(value.payloadXml().contains("urn:example:unknown") && value.payloadXml().contains("text &amp; more"),
                value.payloadXml());
    }

    @Test
    void payloadChecks() {
        assertEquals(Optional.empty(), Payloads.check("<entry xmlns='http://www.w3.org/2005/Atom'><title>t</title></entry>"));
        for (String bad : List.of("", "   ", "text", "<a/>", "<a xmlns='urn:x'>", "<a xmlns='urn:x'/><b xmlns='urn:x'/>",
                "<a xmlns='urn:x'/>trailing", "<!DOCTYPE a><a xmlns='urn:x'/>", "<a xmlns='urn:x'>&unknown;</a>")) {
            assertTrue(Payloads.check(bad).isPresent(), "accepted: " + bad);
        }
        assertTrue(Payloads.check("<a xmlns='urn:x'>" + "x".repeat(Payloads.MAX_CHARS) + "</a>").isPresent());
    }

    @Test
    void anAtomEntryEscapesWhatWasTyped() {
        String xml = Payloads.atom(new org.causerie.pubsub.AtomEntry("a <b> & 'c'", "line\u0001 two",
                Optional.of("https://example.org/?a=1&b=2")), java.time.Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals(Optional.empty(), Payloads.check(xml), xml);
        assertTrue(xml.contains("<title>a &lt;b&gt; &amp; &apos;c&apos;</title>"), xml);
        assertTrue(xml.contains("<content type='text'>line two</content>"), xml);
        assertEquals(Optional.of(java.time.Instant.parse("2026-01-02T03:04:05Z")), Payloads.atomTime(xml));
    }
}
