package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.drawn;
import static org.causerie.whiteboard.tests.Boards.join;
import static org.causerie.whiteboard.tests.Boards.newRoom;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.RoomId;
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
import org.causerie.whiteboard.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Three accounts draw on a room's board: what one does, all see; a late joiner gets the board. */
@ExtendWith(EjabberdExtension.class)
class RoomBoardTest {

    @Test
    void drawMoveDeleteSeenByAllAndALateJoinerGetsTheBoard(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            RoomId carolRoom = join(carol, room, "carol");

            BoardSnapshot a = Waiting.await(service().openRoom(room));
            assertEquals(SyncState.SYNCED, a.state());
            BoardId aliceBoard = a.board();
            String line = service().edit(aliceBoard, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10),
                    Style.DEFAULT)).orElseThrow();
            await(aliceBoard, "alice's line confirmed", b -> b.pendingEdits() == 0 && b.shapes().size() == 1);

            BoardSnapshot b = Waiting.await(service().openRoom(bobRoom));
            BoardId bobBoard = b.board();
            assertEquals(aliceBoard.session(), bobBoard.session(), "one board per room");
            b = await(bobBoard, "bob has alice's line", s -> s.shape(line).isPresent());
            assertEquals(Optional.of("alice"), b.shape(line).orElseThrow().author());

            String rect = service().edit(bobBoard, Edit.Add.of(ShapeKind.RECTANGLE, points(5, 5, 50, 30),
                    new Style("#ff0000", 3, Optional.of("#00ff00"), 0.5))).orElseThrow();
            service().edit(bobBoard, new Edit.Move(line, 100, 0));
            BoardSnapshot seenByAlice = await(aliceBoard, "alice sees bob's rectangle and move",
                    s -> s.shape(rect).isPresent() && s.shape(line).orElseThrow().points().get(0).x() == 100);
            assertEquals(Optional.of("bob"), seenByAlice.shape(rect).orElseThrow().author());

            BoardSnapshot c = Waiting.await(service().openRoom(carolRoom));
            BoardId carolBoard = c.board();
            c = await(carolBoard, "carol, joining late, has both shapes", s -> s.shapes().size() == 2);
            assertEquals(drawn(await(aliceBoard, "alice settled", s -> s.pendingEdits() == 0)), drawn(c));

            service().edit(carolBoard, new Edit.Delete(line));
            for (BoardId board : List.of(aliceBoard, bobBoard, carolBoard)) {
                BoardSnapshot s = await(board, "the line is gone everywhere",
                        x -> x.shape(line).isEmpty() && x.pendingEdits() == 0);
                assertEquals(List.of(rect), s.shapes().stream().map(x -> x.id()).toList());
            }
            assertTrue(service().undo(carolBoard));
            List<String> expected = drawn(await(carolBoard, "carol's undo confirmed",
                    s -> s.shapes().size() == 2 && s.pendingEdits() == 0));
            for (BoardId board : List.of(aliceBoard, bobBoard)) {
                assertEquals(expected, drawn(await(board, "the line is back", s -> s.shapes().size() == 2)));
            }
            assertEquals(List.of("alice", "bob", "carol"),
                    service().board(aliceBoard).orElseThrow().participants().stream().sorted().toList());
        } finally {
            Sessions.disconnect(alice, bob, carol);
        }
    }

    @Test
    void hostileRecordsAreRefusedAndTheBoardStaysUsable(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "mallory");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession mallory = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId malloryRoom = join(mallory, room, "mallory");
            BoardId board = Waiting.await(service().openRoom(room)).board();
            String keep = service().edit(board, Edit.Add.of(ShapeKind.ELLIPSE, points(0, 0, 4, 4), Style.DEFAULT))
                    .orElseThrow();
            BoardId malloryBoard = Waiting.await(service().openRoom(malloryRoom)).board();
            await(malloryBoard, "mallory has the board", s -> s.shape(keep).isPresent());
            Hostile.send(mallory, room.room(), board.session());
            // A marker edit after the hostile ones: once alice has it, she has handled them all.
            String after = service().edit(malloryBoard, Edit.Add.of(ShapeKind.LINE, points(1, 1, 2, 2),
                    Style.DEFAULT)).orElseThrow();
            BoardSnapshot s = await(board, "alice has mallory's marker", x -> x.shape(after).isPresent());
            assertEquals(List.of(keep, after), s.shapes().stream().map(x -> x.id()).toList());
            service().edit(board, new Edit.Move(keep, 1, 1));
            await(board, "alice can still draw", x -> x.pendingEdits() == 0
                    && x.shape(keep).orElseThrow().points().get(0).x() == 1);
        } finally {
            Sessions.disconnect(alice, mallory);
        }
    }
}
