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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.Role;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomEvent.Kind;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subject, kick, ban, roles, affiliations and destruction, seen by every occupant. */
@ExtendWith(EjabberdExtension.class)
class ModerationTest {

    @Test
    void subjectKickAndBanAreSeenByAll(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "bob", "carol");
        XmppSession owner = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        Recorder ownerSees = new Recorder(owner.account().id());
        Recorder bobSees = new Recorder(bob.account().id());
        Recorder carolSees = new Recorder(carol.account().id());
        List.of(ownerSees, bobSees, carolSees).forEach(muc()::addMucListener);
        try {
            RoomId room = newRoom(server, owner);
            instantRoom(room, "owner");
            join(bob, room, "bob");
            join(carol, room, "carol");

            await(muc().setSubject(room, "Double, double toil and trouble"));
            for (Recorder r : List.of(bobSees, carolSees)) {
                RoomEvent subject = r.event(Kind.SUBJECT_CHANGED, "owner");
                assertEquals(Optional.of("Double, double toil and trouble"), subject.detail());
            }
            Waiting.eventually("carol's snapshot has the subject", () -> muc().room(as(carol, room)).orElseThrow()
                    .subject().equals(Optional.of("Double, double toil and trouble")));

            await(muc().kick(room, "bob", Optional.of("out, damned spot")));
            RoomEvent kicked = carolSees.event(Kind.KICKED, "bob");
            assertEquals(Optional.of("out, damned spot"), kicked.reason());
            assertEquals(Kind.KICKED, bobSees.await(bobSees.left, "bob is out", e -> true).value().kind());
            Waiting.eventually("bob no longer in carol's room",
                    () -> muc().room(as(carol, room)).orElseThrow().occupant("bob").isEmpty());
            assertTrue(muc().room(as(bob, room)).isEmpty(), "a kicked room is not rejoined");

            await(muc().setAffiliation(room, users.get(2).jid(), Affiliation.OUTCAST, Optional.of("treason")));
            assertEquals(Optional.of("treason"), ownerSees.event(Kind.BANNED, "carol").reason());
            assertEquals(Kind.BANNED, carolSees.await(carolSees.left, "carol is out", e -> true).value().kind());
            List<AffiliationItem> bans = await(muc().affiliations(room, Affiliation.OUTCAST));
            assertEquals(List.of(users.get(2).jid()), bans.stream().map(AffiliationItem::jid).toList());
            assertEquals(Optional.of("treason"), bans.get(0).reason());
            failure(muc().join(JoinRequest.of(as(carol, room), "carol")), MucError.BANNED);
            // Bob was only kicked: he may come back.
            assertTrue(join(bob, room, "bob").joined());
        } finally {
            List.of(ownerSees, bobSees, carolSees).forEach(muc()::removeMucListener);
            Sessions.disconnect(owner, bob, carol);
        }
    }

    @Test
    void rolesAndAffiliationsChangeAndTheListsFollow(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "bob", "carol");
        XmppSession owner = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        Recorder carolSees = new Recorder(carol.account().id());
        muc().addMucListener(carolSees);
        try {
            RoomId room = newRoom(server, owner);
            instantRoom(room, "owner");
            join(bob, room, "bob");
            join(carol, room, "carol");

            await(muc().setRole(room, "bob", Role.VISITOR, Optional.of("hush")));
            assertEquals(Optional.of("visitor"), carolSees.event(Kind.ROLE_CHANGED, "bob").detail());
            failure(muc().send(as(bob, room), "may I speak?"), MucError.NOT_ALLOWED);
            await(muc().setRole(room, "bob", Role.PARTICIPANT, Optional.empty()));
            await(muc().setRole(room, "bob", Role.MODERATOR, Optional.empty()));
            Waiting.eventually("bob is a moderator for himself",
                    () -> muc().room(as(bob, room)).orElseThrow().role() == Role.MODERATOR);
            // A moderator may kick... but not the owner.
            failure(muc().kick(as(bob, room), "owner", Optional.empty()), MucError.NOT_ALLOWED);

            for (Affiliation a : List.of(Affiliation.MEMBER, Affiliation.ADMIN, Affiliation.OWNER)) {
                await(muc().setAffiliation(room, users.get(2).jid(), a, Optional.empty()));
                Waiting.eventually(() -> "carol is " + a + " in her snapshot",
                        () -> muc().room(as(carol, room)).orElseThrow().affiliation() == a);
                List<AffiliationItem> list = await(muc().affiliations(room, a));
                assertTrue(list.stream().anyMatch(i -> i.jid().equals(users.get(2).jid())), a + " list: " + list);
            }
            assertTrue(carolSees.entries.stream().anyMatch(e -> e instanceof RoomEvent ev
                    && ev.kind() == Kind.AFFILIATION_CHANGED && ev.detail().equals(Optional.of("owner"))));
            await(muc().setAffiliation(room, users.get(2).jid(), Affiliation.NONE, Optional.empty()));
            Waiting.eventually("carol has no affiliation any more",
                    () -> muc().room(as(carol, room)).orElseThrow().affiliation() == Affiliation.NONE);
            assertFalse(await(muc().affiliations(room, Affiliation.OWNER)).stream()
                    .anyMatch(i -> i.jid().equals(users.get(2).jid())));
        } finally {
            muc().removeMucListener(carolSees);
            Sessions.disconnect(owner, bob, carol);
        }
    }

    @Test
    void aDestroyedRoomTellsWhyAndWhereToGo(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "bob");
        XmppSession owner = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        Recorder bobSees = new Recorder(bob.account().id());
        muc().addMucListener(bobSees);
        try {
            RoomId room = newRoom(server, owner);
            instantRoom(room, "owner");
            join(bob, room, "bob");
            String venue = newRoom(server, owner).room();
            await(muc().destroy(room, Optional.of("Macbeth doth come"), Optional.of(venue)));
            RoomEvent why = bobSees.await(bobSees.left, "bob told the room is gone", e -> true).value();
            assertEquals(Kind.DESTROYED, why.kind());
            assertEquals(Optional.of("Macbeth doth come"), why.reason());
            assertEquals(Optional.of(venue), why.detail());
            assertTrue(muc().room(as(bob, room)).isEmpty());
            // The owner's own unavailable presence may be handled just after the IQ result.
            Waiting.eventually("the owner is out too", () -> muc().room(room).isEmpty());
        } finally {
            muc().removeMucListener(bobSees);
            Sessions.disconnect(owner, bob);
        }
    }
}
