package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.junit.jupiter.api.Test;

/** XEP-0402 conference elements and XEP-0249 invitations from literal XML. */
class BookmarkElementsTest {

    @Test
    void aBookmarkNotificationCarriesTheConference() {
        Message message = Xml.stanza("""
                <message xmlns='jabber:client' from='juliet@capulet.lit' to='juliet@capulet.lit/balcony' type='headline'>
                  <event xmlns='http://jabber.org/protocol/pubsub#event'>
                    <items node='urn:xmpp:bookmarks:1'>
                      <item id='theplay@conference.shakespeare.lit'>
                        <conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' autojoin='true'>
                          <nick>JC</nick><password>secret</password>
                          <extensions><state xmlns='http://myclient.example/bookmark/state' minimized='true'/></extensions>
                        </conference>
                      </item>
                    </items>
                  </event>
                </message>""");
        ItemsExtension items = (ItemsExtension) EventElement.from(message).getEvent();
        PayloadItem<?> item = (PayloadItem<?>) items.getItems().get(0);
        assertEquals("theplay@conference.shakespeare.lit", item.getId());
        ConferenceElement conference = (ConferenceElement) item.getPayload();
        String extensions = conference.extensions().orElseThrow();
        assertEquals(new ConferenceElement(Optional.of("The Play's the Thing"), true, Optional.of("JC"),
                Optional.of("secret")), conference.withExtensions(Optional.empty()));
        assertTrue(extensions.startsWith("<extensions")
                && extensions.contains("http://myclient.example/bookmark/state") && extensions.contains("minimized"),
                extensions);
        // Written back as it came (§3: a client keeps other clients' extensions).
        Message again = Xml.stanza("<message xmlns='jabber:client' from='a@b'>" + conference.toXML() + "</message>");
        assertEquals(conference, again.getExtension(ConferenceElement.QNAME));
    }

    @Test
    void conferenceRoundTrip() {
        ConferenceElement plain = new ConferenceElement(Optional.empty(), false, Optional.empty(), Optional.empty());
        assertEquals("<conference xmlns='urn:xmpp:bookmarks:1'/>", plain.toXML().toString());
        ConferenceElement full = new ConferenceElement(Optional.of("A & B"), true, Optional.of("n"),
                Optional.of("p<"));
        Message message = Xml.stanza("<message xmlns='jabber:client' from='a@b'>" + full.toXML() + "</message>");
        assertEquals(full, message.getExtension(ConferenceElement.QNAME));
    }

    @Test
    void aDirectInvitationKeepsPasswordAndReason() {
        Message message = Xml.stanza("""
                <message xmlns='jabber:client' from='crone1@shakespeare.lit/desktop' to='hecate@shakespeare.lit'>
                  <x xmlns='jabber:x:conference' jid='darkcave@macbeth.shakespeare.lit' password='cauldronburn'
                     reason='Hey Hecate, this is the place for all good witches!'/>
                </message>""");
        DirectInvitation invitation = (DirectInvitation) message.getExtension(DirectInvitation.QNAME);
        assertEquals("darkcave@macbeth.shakespeare.lit", invitation.room());
        assertEquals(Optional.of("cauldronburn"), invitation.password());
        assertEquals(Optional.of("Hey Hecate, this is the place for all good witches!"), invitation.reason());
    }

    @Test
    void pepIsUsedWhereTheServerSaysItKeepsBothInStep() {
        assertTrue(BookmarkStore.usePep(Set.of("urn:xmpp:bookmarks:1#compat", "http://jabber.org/protocol/pubsub")));
        assertFalse(BookmarkStore.usePep(Set.of("jabber:iq:private")));
    }
}
