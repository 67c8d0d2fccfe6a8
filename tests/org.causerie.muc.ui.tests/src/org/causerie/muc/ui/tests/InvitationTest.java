package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.spi.SmackSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.Test;

/**
 * Invitations reaching an account of the workbench: bob invites alice through the
 * room (XEP-0045 §7.8.2) and directly (XEP-0249); the popup tells who, where and
 * why, "Join" enters the room in one click (bob sees alice come in) and "Decline"
 * answers a mediated invitation (the room relays the decline to bob, read on bob's
 * stream since the service tells the inviter nothing).
 */
class InvitationTest extends RoomTestBase {

    private static MucService muc() {
        return RoomDriver.muc();
    }

    @Test
    void aMediatedInvitationIsJoinedInOneClick(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("party");
        Waiting.await(muc().create(JoinRequest.of(rooms.bobIn(room), "bob"), true));
        Waiting.await(muc().invite(rooms.bobIn(room), rooms.aliceUser.jid(), Optional.of("cake at five"), false));

        Shell popup = driver.shellNamed(WidgetIds.INVITATION);
        String text = ui.read(() -> String.join("\n", Ui.all(popup, Label.class, l -> true).stream()
                .map(Label::getText).toList()));
        assertTrue(text.contains(room) && text.contains("cake at five") && text.contains(rooms.bobUser.jid())
                && text.contains(NLS.bind(Messages.invitation_account, rooms.aliceUser.jid())), text);
        ui.screenshot("muc-invitation");
        ui.click(ui.read(() -> Ui.button(popup, Messages.invitation_join)));
        ui.waitClosed(popup);

        RoomId alice = rooms.aliceIn(room);
        driver.editor(alice);
        ui.waitFor("alice's editor in front", () -> driver.part(alice).filter(p -> p.getParent() != null
                && p.getParent().getSelectedElement() == p).map(p -> true));
        Waiting.eventually("bob sees alice come in", () -> muc().room(rooms.bobIn(room))
                .flatMap(r -> r.occupant(rooms.aliceUser.user())).isPresent());
    }

    @Test
    void aDirectInvitationIsJoinedAndAMediatedOneDeclined(EjabberdServer server) {
        rooms = new Rooms(server);
        String direct = rooms.freshRoom("direct");
        Waiting.await(muc().create(JoinRequest.of(rooms.bobIn(direct), "bob"), true));
        Waiting.await(muc().invite(rooms.bobIn(direct), rooms.aliceUser.jid(), Optional.empty(), true));
        Shell popup = driver.shellNamed(WidgetIds.INVITATION);
        ui.click(ui.read(() -> Ui.button(popup, Messages.invitation_join)));
        ui.waitClosed(popup);
        driver.editor(rooms.aliceIn(direct));
        Waiting.eventually("bob sees alice come in", () -> muc().room(rooms.bobIn(direct))
                .flatMap(r -> r.occupant(rooms.aliceUser.user())).isPresent());

        String declined = rooms.freshRoom("declined");
        Waiting.await(muc().create(JoinRequest.of(rooms.bobIn(declined), "bob"), true));
        var connection = ((SmackSession) rooms.bob).connection();
        CompletableFuture<MUCUser.Decline> decline = new CompletableFuture<>();
        StanzaListener listener = stanza -> {
            MUCUser user = MUCUser.from(stanza);
            if (user != null && user.getDecline() != null && stanza.getFrom().toString().equals(declined)) {
                decline.complete(user.getDecline());
            }
        };
        connection.addAsyncStanzaListener(listener, StanzaTypeFilter.MESSAGE);
        try {
            Waiting.await(muc().invite(rooms.bobIn(declined), rooms.aliceUser.jid(), Optional.empty(), false));
            Shell second = driver.shellNamed(WidgetIds.INVITATION);
            ui.click(ui.read(() -> Ui.button(second, Messages.invitation_decline)));
            ui.waitClosed(second);
            MUCUser.Decline answer = Waiting.await(decline);
            assertTrue(answer.getFrom() != null && answer.getFrom().asBareJid().toString()
                    .equals(rooms.aliceUser.jid()), "the decline comes from alice: " + answer.toXML());
        } finally {
            connection.removeAsyncStanzaListener(listener);
        }
        assertTrue(muc().room(rooms.aliceIn(declined)).isEmpty(), "alice did not enter");
        assertTrue(ui.read(() -> driver.part(rooms.aliceIn(declined)).isEmpty()), "no editor");
    }
}
