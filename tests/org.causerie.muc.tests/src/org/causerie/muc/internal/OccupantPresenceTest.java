package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.PresenceMode;
import org.causerie.muc.Affiliation;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomEvent.Kind;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;

/** Occupant presences (XEP-0045 §7–§10 examples) read into occupants and events. */
class OccupantPresenceTest {

    static final RoomId ROOM = new RoomId("acc", "coven@chat.shakespeare.lit");
    static final Occupant WITCH = new Occupant("thirdwitch", Role.PARTICIPANT, Affiliation.MEMBER,
            Optional.of("hag66@shakespeare.lit/pda"), PresenceMode.AVAILABLE, Optional.empty(), false);

    static OccupantPresence read(String xml, Optional<Occupant> previous, Set<String> renamed) {
        Presence presence = Xml.stanza(xml);
        return OccupantPresence.read(ROOM, presence, previous, "firstwitch", renamed, Instant.EPOCH);
    }

    static RoomEvent only(OccupantPresence read) {
        assertEquals(1, read.events().size(), read.events().toString());
        return read.events().get(0);
    }

    @Test
    void aNewOccupantJoins() {
        OccupantPresence read = read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop'>
                  <show>away</show><status>brewing</status>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='member' jid='hag66@shakespeare.lit/pda' role='participant'/></x>
                </presence>""", Optional.empty(), Set.of());
        assertEquals(Kind.JOINED, only(read).kind());
        Occupant occupant = read.occupant().orElseThrow();
        assertEquals(Role.PARTICIPANT, occupant.role());
        assertEquals(Affiliation.MEMBER, occupant.affiliation());
        assertEquals(Optional.of("hag66@shakespeare.lit/pda"), occupant.realJid());
        assertEquals(PresenceMode.AWAY, occupant.mode());
        assertEquals(Optional.of("brewing"), occupant.status());
        assertFalse(read.self());
        // Under a nickname just announced by a 303, it is a rename, not a join.
        assertTrue(read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch'>
                  <x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant'/></x>
                </presence>""", Optional.empty(), Set.of("thirdwitch")).events().isEmpty());
    }

    @Test
    void ourOwnPresenceOfANewRoom() {
        OccupantPresence read = read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/me' to='crone1@shakespeare.lit/desktop'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='owner' role='moderator'/><status code='110'/><status code='201'/></x>
                </presence>""", Optional.empty(), Set.of());
        assertTrue(read.self());
        assertTrue(read.created());
        assertEquals(Role.MODERATOR, read.occupant().orElseThrow().role());
    }

    @Test
    void aKickWithActorAndReason() {
        RoomEvent kick = only(read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none'><actor nick='Fluellen'/><reason>Avaunt, you cullion!</reason></item>
                    <status code='307'/></x>
                </presence>""", Optional.of(WITCH), Set.of()));
        assertEquals(Kind.KICKED, kick.kind());
        assertEquals("thirdwitch", kick.nick());
        assertEquals(Optional.of("Fluellen"), kick.actor());
        assertEquals(Optional.of("Avaunt, you cullion!"), kick.reason());
    }

    @Test
    void aBanANickChangeAndALeave() {
        assertEquals(Kind.BANNED, only(read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='outcast' role='none'><reason>Treason</reason></item><status code='301'/></x>
                </presence>""", Optional.of(WITCH), Set.of())).kind());
        OccupantPresence rename = read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='member' nick='oldhag' role='participant'/><status code='303'/></x>
                </presence>""", Optional.of(WITCH), Set.of());
        assertEquals(Kind.NICK_CHANGED, only(rename).kind());
        assertEquals(Optional.of("oldhag"), only(rename).detail());
        assertEquals(Optional.of("oldhag"), rename.newNick());
        RoomEvent left = only(read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' type='unavailable'>
                  <status>gone where?</status>
                  <x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='none'/></x>
                </presence>""", Optional.of(WITCH), Set.of()));
        assertEquals(Kind.LEFT, left.kind());
        assertEquals(Optional.of("gone where?"), left.reason());
    }

    @Test
    void roleAndAffiliationChanges() {
        OccupantPresence read = read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='admin' role='moderator'><actor nick='crone'/></item></x>
                </presence>""", Optional.of(WITCH), Set.of());
        List<RoomEvent> events = read.events();
        assertEquals(List.of(Kind.ROLE_CHANGED, Kind.AFFILIATION_CHANGED), events.stream().map(RoomEvent::kind).toList());
        assertEquals(Optional.of("moderator"), events.get(0).detail());
        assertEquals(Optional.of("admin"), events.get(1).detail());
        assertEquals(Optional.of("crone"), events.get(0).actor());
    }

    @Test
    void aDestroyedRoomNamesItsAlternateVenue() {
        RoomEvent destroyed = only(read("""
                <presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none'/>
                    <destroy jid='coven2@chat.shakespeare.lit'><reason>Macbeth doth come.</reason></destroy>
                    <status code='110'/></x>
                </presence>""", Optional.empty(), Set.of()));
        assertEquals(Kind.DESTROYED, destroyed.kind());
        assertEquals(Optional.of("coven2@chat.shakespeare.lit"), destroyed.detail());
        assertEquals(Optional.of("Macbeth doth come."), destroyed.reason());
    }
}
