package org.causerie.muc.tests;

import static org.causerie.muc.tests.MucFixture.as;
import static org.causerie.muc.tests.MucFixture.await;
import static org.causerie.muc.tests.MucFixture.muc;
import static org.causerie.muc.tests.MucFixture.newRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.Invitation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mediated (XEP-0045 §7.8.2) and direct (XEP-0249) invitations: received, accepted, declined. */
@ExtendWith(EjabberdExtension.class)
class InvitationsTest {

    static Invitation accept(Invitation invitation, String nick) {
        await(muc().join(new JoinRequest(invitation.room(), nick, invitation.password(), OptionalInt.empty())));
        return invitation;
    }

    @Test
    void bothKindsArriveAndAreAcceptedInOneStep(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        Recorder bobSees = new Recorder(bob.account().id());
        Recorder carolSees = new Recorder(carol.account().id());
        muc().addMucListener(bobSees);
        muc().addMucListener(carolSees);
        try {
            RoomId room = newRoom(server, alice);
            await(muc().create(new JoinRequest(room, "alice", Optional.of("pw"), OptionalInt.empty()), true));
            assertTrue(await(muc().info(room)).passwordProtected(), "the instant room got its password");

            await(muc().invite(room, users.get(1).jid(), Optional.of("come in"), false));
            Invitation mediated = bobSees.await(bobSees.invitations, "bob's invitation", i -> true).value();
            assertEquals(as(bob, room), mediated.room());
            assertFalse(mediated.direct());
            assertEquals(Optional.of("come in"), mediated.reason());
            assertEquals(Optional.of("pw"), mediated.password(), "the room adds its password (§7.8.2)");
            assertTrue(mediated.from().startsWith(users.get(0).jid()), mediated.from());
            accept(mediated, "bob");

            await(muc().invite(room, users.get(2).jid(), Optional.of("direct"), true));
            Invitation direct = carolSees.await(carolSees.invitations, "carol's invitation", i -> true).value();
            assertTrue(direct.direct());
            assertEquals(as(carol, room), direct.room());
            assertEquals(Optional.of("direct"), direct.reason());
            assertEquals(Optional.of("pw"), direct.password());
            assertTrue(direct.from().startsWith(users.get(0).jid()), direct.from());
            accept(direct, "carol");
            assertEquals(List.of("alice", "bob", "carol"),
                    muc().room(room).orElseThrow().occupants().stream().map(o -> o.nick()).toList());
        } finally {
            muc().removeMucListener(bobSees);
            muc().removeMucListener(carolSees);
            Sessions.disconnect(alice, bob, carol);
        }
    }

    @Test
    void aDeclineReachesTheInviter(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        Recorder bobSees = new Recorder(bob.account().id());
        Recorder aliceSees = new Recorder(alice.account().id());
        muc().addMucListener(bobSees);
        muc().addMucListener(aliceSees);
        StanzaFilter declines = s -> s instanceof Message m && MUCUser.from(m) != null
                && MUCUser.from(m).getDecline() != null;
        StanzaCollector collector = ((SmackSession) alice).connection().createStanzaCollector(declines);
        try {
            RoomId room = newRoom(server, alice);
            MucFixture.instantRoom(room, "alice");
            await(muc().invite(room, users.get(1).jid(), Optional.empty(), false));
            Invitation invitation = bobSees.await(bobSees.invitations, "bob's invitation", i -> true).value();
            await(muc().decline(invitation, Optional.of("busy brewing")));
            Message decline = collector.nextResult(org.causerie.testing.sessions.Waiting.TIMEOUT.toMillis());
            assertTrue(decline != null, "alice got the decline");
            MUCUser.Decline what = MUCUser.from(decline).getDecline();
            assertEquals("busy brewing", what.getReason());
            assertEquals(users.get(1).jid(), what.getFrom().asBareJid().toString());
            RoomEvent shown = aliceSees.event(RoomEvent.Kind.INVITATION_DECLINED, users.get(1).jid());
            assertEquals(room, shown.room(), "the decline is in the room's conversation");
            assertEquals(Optional.of("busy brewing"), shown.reason());
            assertTrue(bobSees.entries.stream().noneMatch(e -> e instanceof RoomEvent ev
                    && ev.kind() == RoomEvent.Kind.INVITATION_DECLINED), "only the inviter sees it");
        } finally {
            collector.cancel();
            muc().removeMucListener(aliceSees);
            muc().removeMucListener(bobSees);
            Sessions.disconnect(alice, bob);
        }
    }
}
