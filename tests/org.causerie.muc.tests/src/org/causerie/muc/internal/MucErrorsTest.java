package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;

/** Room errors (XEP-0045 §7.2.6–§7.2.11, §10.1.1) in terms a person can act on. */
class MucErrorsTest {

    static MucError entering(String condition) {
        Presence error = Xml.stanza("<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch'"
                + " type='error'><x xmlns='http://jabber.org/protocol/muc'/><error type='cancel'><" + condition
                + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
        return MucErrors.of(error.getError(), MucErrors.Context.ENTER).error();
    }

    @Test
    void enteringARoom() {
        assertEquals(MucError.PASSWORD_REQUIRED, entering("not-authorized"));
        assertEquals(MucError.BANNED, entering("forbidden"));
        assertEquals(MucError.MEMBERS_ONLY, entering("registration-required"));
        assertEquals(MucError.NICK_IN_USE, entering("conflict"));
        assertEquals(MucError.ROOM_FULL, entering("service-unavailable"));
        assertEquals(MucError.ROOM_NOT_FOUND, entering("item-not-found"));
        assertEquals(MucError.ROOM_NOT_FOUND, entering("not-allowed"));
        assertEquals(MucError.SERVICE_UNREACHABLE, entering("remote-server-not-found"));
        assertEquals(MucError.OTHER, entering("jid-malformed"));
    }

    @Test
    void aLockedRoomSaysSo() {
        Presence error = Xml.stanza("<presence xmlns='jabber:client' from='r@s/n' type='error'><error type='cancel'>"
                + "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text"
                + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>This room is locked</text></error></presence>");
        MucException e = MucErrors.of(error.getError(), MucErrors.Context.ENTER);
        assertEquals(MucError.ROOM_LOCKED, e.error());
        assertEquals("This room is locked (item-not-found)", e.getMessage());
    }

    @Test
    void theSameConditionsOnAnAction() {
        Presence forbidden = Xml.stanza("<presence xmlns='jabber:client' from='r@s/n' type='error'><error type='auth'>"
                + "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
        assertEquals(MucError.NOT_ALLOWED, MucErrors.of(forbidden.getError(), MucErrors.Context.ACTION).error());
        assertEquals(MucError.SERVICE_UNREACHABLE,
                MucErrors.of(new java.util.concurrent.TimeoutException(), MucErrors.Context.ACTION).error());
    }

    @Test
    void aSuggestedNicknameIsFree() {
        assertEquals("witch_", NickSuggestion.suggest("witch", Set.of("witch")));
        assertEquals("witch2", NickSuggestion.suggest("witch", Set.of("witch", "witch_")));
        assertEquals("witch3", NickSuggestion.suggest("witch", Set.of("witch", "witch_", "witch2")));
    }
}
