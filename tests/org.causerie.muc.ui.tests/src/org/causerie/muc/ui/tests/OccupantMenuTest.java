package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.MucService;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.Test;

/**
 * The occupant context menu of the room editor, driven in the workbench by alice
 * (the room's owner), against bob and carol in the room (the same service, as other
 * clients would): kick and ban with a reason, voice and moderator in a moderated
 * room, affiliations, and adding an occupant to the roster. Each outcome is read
 * from the other accounts' view of the room, the room's lists or the server.
 */
class OccupantMenuTest extends RoomTestBase {

    private static MucService muc() {
        return RoomDriver.muc();
    }

    @Test
    void kickAndBanWithAReasonTakeTheOccupantOutAndEveryoneSeesIt(EjabberdServer server) {
        rooms = new Rooms(server);
        Rooms.Peer carol = rooms.another("carol");
        String room = rooms.freshRoom("moderated");
        RoomId alice = rooms.aliceIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(muc().join(JoinRequest.of(rooms.bobIn(room), "bob")));
        Waiting.await(muc().join(JoinRequest.of(carol.in(room), "carol")));
        driver.activate(alice);
        // the same room is open from three accounts: each tab names its account
        String local = room.substring(0, room.indexOf('@'));
        for (Rooms.Peer who : List.of(new Rooms.Peer(rooms.aliceUser, rooms.alice),
                new Rooms.Peer(rooms.bobUser, rooms.bob), carol)) {
            driver.editor(who.in(room));
            String label = NLS.bind(Messages.part_labelAccount, local, who.user().jid());
            ui.waitFor("the tab labelled " + label, () -> driver.part(who.in(room)).map(p -> p.getLabel())
                    .filter(label::equals));
            assertEquals(NLS.bind(Messages.part_tooltip, room, who.user().jid()),
                    ui.read(() -> driver.part(who.in(room)).orElseThrow().getTooltip()));
        }

        Menu menu = driver.occupantMenu(alice, "bob");
        List<String> enabled = driver.enabledItems(menu);
        assertTrue(enabled.containsAll(List.of(Messages.occupant_private, Messages.occupant_kick, Messages.occupant_ban,
                Messages.occupant_grantModerator, Messages.occupant_member, Messages.occupant_admin,
                Messages.occupant_owner, Messages.occupant_addContact)), "an owner may do all: " + enabled);
        driver.showMenu(alice, menu);
        ui.screenshot("muc-occupant-menu");
        driver.hideMenu(menu);

        driver.choose(menu, Messages.occupant_kick);
        driver.answer(NLS.bind(Messages.kick_title, "bob"), "too loud");
        Waiting.eventually("bob is out", () -> muc().room(rooms.bobIn(room)).isEmpty());
        Waiting.eventually("carol sees bob kicked, with the reason", () -> muc().transcript(carol.in(room)).stream()
                .anyMatch(e -> e instanceof RoomEvent ev && ev.kind() == RoomEvent.Kind.KICKED
                        && ev.nick().equals("bob") && ev.reason().equals(Optional.of("too loud"))));
        String kicked = NLS.bind(Messages.event_KICKED, "bob");
        String reason = NLS.bind(Messages.event_reason, "too loud");
        driver.waitForTranscript(alice, "the kick in alice's room", t -> t.contains(kicked) && t.contains(reason));
        driver.waitForTranscript(rooms.bobIn(room), "the kick in bob's own editor",
                t -> t.contains(kicked) && t.contains(reason));
        ui.waitFor("bob no longer listed", () -> driver.editorObject(alice).occupants().occupants().stream()
                .noneMatch(o -> o.nick().equals("bob")) ? Optional.of(true) : Optional.empty());

        driver.chooseForOccupant(alice, "carol", Messages.occupant_ban);
        driver.answer(NLS.bind(Messages.ban_title, "carol"), "spam");
        Waiting.eventually("carol is out", () -> muc().room(carol.in(room)).isEmpty());
        driver.waitForTranscript(alice, "the ban in alice's room", t -> t.contains(NLS.bind(Messages.event_BANNED,
                "carol")) && t.contains(NLS.bind(Messages.event_reason, "spam")));
        List<AffiliationItem> bans = Waiting.await(muc().affiliations(alice, Affiliation.OUTCAST));
        assertEquals(List.of(new AffiliationItem(carol.user().jid(), Affiliation.OUTCAST, Optional.empty(),
                Optional.of("spam"))), bans);
        Throwable refused = muc().join(JoinRequest.of(carol.in(room), "carol")).handle((ok, f) -> f).join();
        assertTrue(refused != null && refused.getCause() instanceof MucException e && e.error() == MucError.BANNED,
                String.valueOf(refused));
    }

    @Test
    void voiceAndModeratorInAModeratedRoom(EjabberdServer server) {
        rooms = new Rooms(server);
        Rooms.Peer carol = rooms.another("carol");
        String room = rooms.freshRoom("quiet");
        RoomId alice = rooms.aliceIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        DataForm form = Waiting.await(muc().configurationForm(alice));
        // ejabberd gives newcomers voice unless "members_by_default" (its own field) is off
        assertTrue(form.field("members_by_default").isPresent(), "ejabberd's form: " + form.fields());
        Waiting.await(muc().configure(alice, form.with("muc#roomconfig_moderatedroom", List.of("1"))
                .with("members_by_default", List.of("0")).toSubmit()));
        RoomId bob = rooms.bobIn(room);
        assertEquals(Role.VISITOR, Waiting.await(muc().join(JoinRequest.of(bob, "bob"))).role(),
                "a newcomer has no voice in a moderated room");
        Waiting.await(muc().join(JoinRequest.of(carol.in(room), "carol")));
        driver.activate(alice);

        driver.chooseForOccupant(alice, "bob", Messages.occupant_grantVoice);
        awaitRole(bob, "bob", Role.PARTICIPANT);
        driver.waitForTranscript(alice, "the new role as an event", t -> t.contains(NLS.bind(
                Messages.event_ROLE_CHANGED, "bob", Messages.role("participant"))));
        Waiting.await(muc().send(bob, "now I may speak"));

        driver.waitForOccupant(alice, "bob", o -> o.role() == Role.PARTICIPANT);
        driver.chooseForOccupant(alice, "bob", Messages.occupant_revokeVoice);
        awaitRole(bob, "bob", Role.VISITOR);

        driver.chooseForOccupant(alice, "carol", Messages.occupant_grantModerator);
        awaitRole(bob, "carol", Role.MODERATOR);
        driver.waitForOccupant(alice, "carol", o -> o.role() == Role.MODERATOR);
        assertTrue(driver.enabledItems(driver.occupantMenu(alice, "carol")).contains(
                Messages.occupant_revokeModerator), "a moderator's menu offers to revoke it");
    }

    @Test
    void affiliationsChangeAndAnOccupantJoinsTheRoster(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("club");
        RoomId alice = rooms.aliceIn(room);
        RoomId bob = rooms.bobIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(muc().join(JoinRequest.of(bob, "bob")));
        driver.activate(alice);

        driver.chooseForOccupant(alice, "bob", Messages.occupant_member);
        awaitAffiliation(bob, Affiliation.MEMBER);
        assertTrue(listed(alice, Affiliation.MEMBER), "bob on the member list");
        driver.chooseForOccupant(alice, "bob", Messages.occupant_admin);
        awaitAffiliation(bob, Affiliation.ADMIN);
        assertTrue(listed(alice, Affiliation.ADMIN), "bob on the admin list");
        driver.chooseForOccupant(alice, "bob", Messages.occupant_owner);
        awaitAffiliation(bob, Affiliation.OWNER);
        assertTrue(listed(alice, Affiliation.OWNER), "bob on the owner list");
        driver.chooseForOccupant(alice, "bob", Messages.occupant_noAffiliation);
        awaitAffiliation(bob, Affiliation.NONE);
        assertTrue(!listed(alice, Affiliation.OWNER) && !listed(alice, Affiliation.MEMBER), "on no list");
        driver.waitForTranscript(alice, "affiliation changes as events", t -> t.contains(NLS.bind(
                Messages.event_AFFILIATION_CHANGED, "bob", Messages.affiliation("owner"))));

        driver.chooseForOccupant(alice, "bob", Messages.occupant_addContact);
        String bobJid = rooms.bobUser.jid();
        Waiting.eventually(() -> "bob in alice's roster on the server: " + roster(server),
                () -> roster(server).contains(bobJid));
    }

    private String roster(EjabberdServer server) {
        return server.ctl("get_roster", rooms.aliceUser.user(), server.domain());
    }

    private boolean listed(RoomId room, Affiliation affiliation) {
        return Waiting.await(muc().affiliations(room, affiliation)).stream()
                .anyMatch(i -> i.jid().equals(rooms.bobUser.jid()));
    }

    private static void awaitRole(RoomId seenBy, String nick, Role role) {
        Waiting.eventually(() -> nick + " becomes " + role + " as " + seenBy + " sees: " + muc().room(seenBy),
                () -> muc().room(seenBy).flatMap(r -> r.occupant(nick)).map(Occupant::role).filter(role::equals)
                        .isPresent());
    }

    private static void awaitAffiliation(RoomId bob, Affiliation affiliation) {
        Waiting.eventually(() -> "bob's affiliation becomes " + affiliation + ": " + muc().room(bob),
                () -> muc().room(bob).map(RoomSnapshot::affiliation).filter(affiliation::equals).isPresent());
    }
}
