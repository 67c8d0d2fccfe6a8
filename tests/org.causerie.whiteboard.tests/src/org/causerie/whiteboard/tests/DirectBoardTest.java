package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.drawn;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.WhiteboardException;
import org.causerie.whiteboard.WhiteboardInvitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One-to-one boards: invited with Jingle (XEP-0284 §4), accepted or declined, then drawn on by both. */
@ExtendWith(EjabberdExtension.class)
class DirectBoardTest {

    static WhiteboardInvitation invitationFrom(XmppSession to, XmppSession from) {
        Waiting.eventually("an invitation from " + from.boundJid(), () -> service().invitations().stream()
                .anyMatch(i -> i.accountId().equals(to.account().id()) && i.from().equals(from.boundJid())));
        return service().invitations().stream().filter(i -> i.accountId().equals(to.account().id())).findFirst()
                .orElseThrow();
    }

    @Test
    void invitedAcceptedAndDrawnOnByBoth(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            CompletableFuture<BoardSnapshot> invited = service().invite(alice.account().id(), bob.boundJid());
            WhiteboardInvitation invitation = invitationFrom(bob, alice);
            BoardId bobBoard = Waiting.await(service().accept(invitation)).board();
            BoardId aliceBoard = Waiting.await(invited).board();
            assertEquals(BoardId.Kind.DIRECT, aliceBoard.kind());
            assertEquals(aliceBoard.session(), bobBoard.session());

            String path = service().edit(aliceBoard, Edit.Add.of(ShapeKind.PATH, points(0, 0, 5, 5, 9, 1),
                    Style.DEFAULT)).orElseThrow();
            await(bobBoard, "bob sees alice's stroke", s -> s.shape(path).isPresent());
            String text = service().edit(bobBoard, new Edit.Add(ShapeKind.TEXT, points(3, 3),
                    Style.DEFAULT, java.util.Optional.of("hi"), 14, java.util.Optional.empty())).orElseThrow();
            service().edit(bobBoard, new Edit.Restyle(path, new Style("#0000ff", 5, java.util.Optional.empty(), 1)));
            BoardSnapshot a = await(aliceBoard, "alice sees bob's text and colour", s -> s.shape(text).isPresent()
                    && s.shape(path).orElseThrow().style().stroke().equals("#0000ff"));
            BoardSnapshot b = await(bobBoard, "bob's edits confirmed by the host", s -> s.pendingEdits() == 0);
            assertEquals(drawn(a), drawn(b));
            assertEquals(java.util.Optional.of(bob.boundJid()), a.shape(text).orElseThrow().author());

            service().close(aliceBoard);
            assertEquals(java.util.Optional.empty(), service().board(aliceBoard));
            Waiting.eventually("bob's board ends with the session", () -> service().board(bobBoard).isEmpty());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aDeclinedInvitationFailsTheInvite(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            CompletableFuture<BoardSnapshot> invited = service().invite(alice.account().id(), bob.boundJid());
            Waiting.await(service().decline(invitationFrom(bob, alice)));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> invited.get(Waiting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            assertInstanceOf(WhiteboardException.class, e.getCause());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
