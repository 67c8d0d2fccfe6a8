package org.causerie.muc.tests;

import static org.causerie.muc.tests.MucFixture.as;
import static org.causerie.muc.tests.MucFixture.await;
import static org.causerie.muc.tests.MucFixture.failure;
import static org.causerie.muc.tests.MucFixture.instantRoom;
import static org.causerie.muc.tests.MucFixture.join;
import static org.causerie.muc.tests.MucFixture.muc;
import static org.causerie.muc.tests.MucFixture.newRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.core.XmppSession;
import org.causerie.core.form.DataForm;
import org.causerie.muc.Affiliation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.Role;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomInfo;
import org.causerie.muc.RoomSnapshot;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating, configuring, entering and finding rooms, and the errors a person gets. */
@ExtendWith(EjabberdExtension.class)
class RoomsTest {

    @Test
    void aConfiguredRoomWithPasswordAndMembersOnly(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "member", "stranger");
        XmppSession owner = Sessions.connect(server, users.get(0));
        XmppSession member = Sessions.connect(server, users.get(1));
        XmppSession stranger = Sessions.connect(server, users.get(2));
        try {
            RoomId room = newRoom(server, owner);
            RoomSnapshot created = await(muc().create(JoinRequest.of(room, "boss"), false));
            assertEquals(Affiliation.OWNER, created.affiliation());
            assertEquals(Role.MODERATOR, created.role());
            // XEP-0045 §10.1.1 has the room locked until configured; ejabberd 23.01 does not
            // refuse others meanwhile, so only the configuration is checked here.
            DataForm form = await(muc().configurationForm(room));
            assertEquals(Optional.of("http://jabber.org/protocol/muc#roomconfig"), form.formType());
            DataForm answer = form.with("muc#roomconfig_persistentroom", List.of("1"))
                    .with("muc#roomconfig_passwordprotectedroom", List.of("1"))
                    .with("muc#roomconfig_roomsecret", List.of("s3cret"))
                    .with("muc#roomconfig_membersonly", List.of("1"))
                    .with("muc#roomconfig_roomname", List.of("The Coven")).toSubmit();
            await(muc().configure(room, answer));
            DataForm again = await(muc().configurationForm(room));
            assertTrue(again.field("muc#roomconfig_persistentroom").orElseThrow().booleanValue());
            assertTrue(again.field("muc#roomconfig_membersonly").orElseThrow().booleanValue());

            RoomInfo info = await(muc().info(as(stranger, room)));
            assertTrue(info.persistent(), info.toString());
            assertTrue(info.passwordProtected(), info.toString());
            assertTrue(info.membersOnly(), info.toString());
            assertEquals("The Coven", info.name());

            // Members only: the stranger is refused whatever the password.
            failure(muc().join(new JoinRequest(as(stranger, room), "nosy", Optional.of("s3cret"), OptionalInt.empty())),
                    MucError.MEMBERS_ONLY);
            await(muc().setAffiliation(room, users.get(1).jid(), Affiliation.MEMBER, Optional.empty()));
            // Without the password, with a wrong one, then the right one.
            failure(muc().join(JoinRequest.of(as(member, room), "member")), MucError.PASSWORD_REQUIRED);
            failure(muc().join(new JoinRequest(as(member, room), "member", Optional.of("wrong"), OptionalInt.empty())),
                    MucError.PASSWORD_REQUIRED);
            RoomSnapshot in = await(muc().join(new JoinRequest(as(member, room), "member", Optional.of("s3cret"),
                    OptionalInt.empty())));
            assertTrue(in.joined());
            assertEquals(Affiliation.MEMBER, in.affiliation());
            assertEquals(List.of("boss", "member"), in.occupants().stream().map(o -> o.nick()).toList());
            assertTrue(muc().recentRooms(member.account().id()).stream()
                    .anyMatch(r -> r.room().equals(as(member, room)) && r.nick().equals("member")));
        } finally {
            Sessions.disconnect(owner, member, stranger);
        }
    }

    @Test
    void anInstantRoomIsOpenAtOnceAndListed(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice);
            instantRoom(room, "alice");
            RoomSnapshot bobIn = join(bob, room, "bob");
            assertEquals(Role.PARTICIPANT, bobIn.role());
            assertEquals(Optional.of(Affiliation.OWNER), bobIn.occupant("alice").map(o -> o.affiliation()));

            assertTrue(await(muc().services(bob.account().id())).contains(server.mucDomain()));
            List<RoomInfo> listed = await(muc().rooms(bob.account().id(), server.mucDomain()));
            RoomInfo info = listed.stream().filter(i -> i.room().equals(room.room())).findFirst().orElseThrow(
                    () -> new AssertionError(room.room() + " not in " + listed));
            assertEquals(OptionalInt.of(2), info.occupants());
            assertFalse(info.passwordProtected());
            // Creating it again: it exists.
            await(muc().leave(as(bob, room)));
            assertTrue(muc().room(as(bob, room)).isEmpty());
            failure(muc().create(JoinRequest.of(as(bob, room), "again"), true), MucError.NOT_ALLOWED);
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aFullRoomSaysSo(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "guest1", "guest2", "guest3", "guest4",
                "late");
        List<XmppSession> sessions = users.stream().map(u -> Sessions.connect(server, u)).toList();
        try {
            RoomId room = newRoom(server, sessions.get(0));
            await(muc().create(JoinRequest.of(room, "owner"), false));
            DataForm form = await(muc().configurationForm(room));
            // The smallest limit the service offers (ejabberd: 5); owners and admins may exceed it.
            int limit = form.field("muc#roomconfig_maxusers").orElseThrow().options().stream()
                    .map(o -> o.value()).filter(v -> v.matches("\\d+")).mapToInt(Integer::parseInt).min().orElseThrow();
            assertTrue(limit <= 5, "the service offers a limit of 5 or less: " + limit);
            await(muc().configure(room, form.with("muc#roomconfig_maxusers", List.of(Integer.toString(limit)))
                    .toSubmit()));
            for (int i = 1; i < limit; i++) {
                join(sessions.get(i), room, "guest" + i);
            }
            MucException full = failure(muc().join(JoinRequest.of(as(sessions.get(5), room), "late")),
                    MucError.ROOM_FULL);
            assertTrue(muc().room(as(sessions.get(5), room)).isEmpty(), "nothing is left half-joined: " + full);
            // Someone leaves: there is room again.
            await(muc().leave(as(sessions.get(1), room)));
            assertTrue(join(sessions.get(5), room, "late").joined());
        } finally {
            Sessions.disconnect(sessions.toArray(XmppSession[]::new));
        }
    }

    @Test
    void joiningARoomThatDoesNotExistLeavesNothingLocked(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "nocreate");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession limited = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice);
            failure(muc().join(JoinRequest.of(room, "alice")), MucError.ROOM_LOCKED);
            // Given up at once: creating it now works.
            RoomSnapshot created = await(muc().create(JoinRequest.of(room, "alice"), true));
            assertEquals(Affiliation.OWNER, created.affiliation());
            // An account the service does not let create rooms (see ejabberd.yml.template).
            failure(muc().join(JoinRequest.of(newRoom(server, limited), "me")), MucError.ROOM_NOT_FOUND);
            // A service that does not exist (no federation in the harness).
            failure(muc().join(JoinRequest.of(new RoomId(limited.account().id(), "x@nowhere.invalid"), "me")),
                    MucError.SERVICE_UNREACHABLE);
        } finally {
            Sessions.disconnect(alice, limited);
        }
    }

    @Test
    void aNicknameInUseComesWithAnother(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice);
            instantRoom(room, "witch");
            MucException taken = failure(muc().join(JoinRequest.of(as(bob, room), "witch")), MucError.NICK_IN_USE);
            String other = taken.suggestedNick().orElseThrow();
            assertEquals("witch_", other);
            assertEquals(other, join(bob, room, other).nick());
            // Changing to a taken nickname: refused with another offered; to a free one: done.
            MucException renamed = failure(muc().changeNick(as(bob, room), "witch"), MucError.NICK_IN_USE);
            assertTrue(renamed.suggestedNick().isPresent());
            await(muc().changeNick(as(bob, room), "hecate"));
            assertEquals("hecate", muc().room(as(bob, room)).orElseThrow().nick());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        XmppSession session = Sessions.connect(server, alice);
        try {
            String id = session.account().id();
            assertThrows(IllegalArgumentException.class, () -> new RoomId(id, "no-at-sign"));
            RoomId room = newRoom(server, session);
            assertThrows(IllegalArgumentException.class, () -> JoinRequest.of(room, " "));
            assertThrows(IllegalArgumentException.class, () -> muc().setAffiliation(room, "not a jid", Affiliation.MEMBER,
                    Optional.empty()));
            assertThrows(IllegalArgumentException.class, () -> muc().rooms(id, "a@b/c"));
            instantRoom(room, "alice");
            assertThrows(IllegalArgumentException.class, () -> muc().send(room, "bell \u0007"));
            assertThrows(IllegalArgumentException.class, () -> muc().send(room, "x".repeat(1_000_001)));
            failure(muc().send(new RoomId(id, "notjoined@" + server.mucDomain()), "hi"), MucError.NOT_ALLOWED);
            failure(muc().join(JoinRequest.of(new RoomId("no-such-account", room.room()), "x")),
                    MucError.NOT_CONNECTED);
        } finally {
            Sessions.disconnect(session);
        }
    }
}
