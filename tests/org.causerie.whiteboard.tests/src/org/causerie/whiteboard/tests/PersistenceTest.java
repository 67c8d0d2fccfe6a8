package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.drawn;
import static org.causerie.whiteboard.tests.Boards.join;
import static org.causerie.whiteboard.tests.Boards.muc;
import static org.causerie.whiteboard.tests.Boards.newRoom;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
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
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The board outlives its participants: a snapshot on the harness's pubsub service, read whole or refused. */
@ExtendWith(EjabberdExtension.class)
class PersistenceTest {

    private final PersistenceEvents events = new PersistenceEvents();

    @BeforeEach
    void listen() {
        service().addBoardListener(events);
    }

    @AfterEach
    void stop() {
        service().removeBoardListener(events);
        System.clearProperty("causerie.whiteboard.pubsub");
        System.clearProperty("causerie.whiteboard.archive");
        System.clearProperty("causerie.whiteboard.maxSnapshotBytes");
        System.clearProperty("causerie.whiteboard.maxSnapshotTotalBytes");
    }


    @Test
    void everyoneLeavesOneRejoinsAndTheBoardIsThereWithWhatCameAfterTheSnapshot(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            BoardId a = Waiting.await(service().openRoom(room)).board();
            events.await(a, PersistenceEvent.Kind.NONE_STORED);
            String line = service().edit(a, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT))
                    .orElseThrow();
            BoardId b = Waiting.await(service().openRoom(bobRoom)).board();
            await(b, "bob has alice's line", s -> s.shape(line).isPresent());
            String rect = service().edit(b, Edit.Add.of(ShapeKind.RECTANGLE, points(5, 5, 50, 30),
                    new Style("#ff0000", 3, Optional.of("#00ff00"), 0.5))).orElseThrow();
            List<String> first = drawn(await(a, "alice has bob's rectangle",
                    s -> s.shape(rect).isPresent() && s.pendingEdits() == 0));
            Waiting.eventually("alice, the writer, stores the board after a quiet time",
                    () -> StoredNode.shapes(server, carol, a.session()).equals(first));

            service().edit(b, new Edit.Move(line, 100, 0));
            List<String> last = drawn(await(a, "alice has bob's move after the snapshot",
                    s -> s.shape(line).orElseThrow().points().get(0).x() == 100));
            Waiting.await(muc().leave(bobRoom));
            Waiting.await(muc().leave(room));
            Waiting.eventually("the snapshot has the move made after the first one",
                    () -> StoredNode.shapes(server, carol, a.session()).equals(last));

            RoomId carolRoom = new RoomId(carol.account().id(), room.room());
            Waiting.await(muc().create(JoinRequest.of(carolRoom, "carol"), true));
            BoardSnapshot c = Waiting.await(service().openRoom(carolRoom));
            assertEquals(SyncState.SYNCED, c.state());
            assertEquals(last, drawn(c), "carol, alone in the room, starts from the stored board");
            assertEquals(Optional.of("alice"), c.shape(line).orElseThrow().author());
            assertEquals(Optional.of("bob"), c.shape(rect).orElseThrow().author());
            events.await(c.board(), PersistenceEvent.Kind.LOADED);

            service().edit(c.board(), new Edit.Delete(rect));
            await(c.board(), "carol can draw on the loaded board", s -> s.shapes().size() == 1 && s.pendingEdits() == 0);
            RoomId bobAgain = join(bob, room, "bob");
            BoardSnapshot b2 = Waiting.await(service().openRoom(bobAgain));
            assertEquals(drawn(service().board(c.board()).orElseThrow()),
                    drawn(await(b2.board(), "bob gets carol's board", s -> s.shape(rect).isEmpty())));
        } finally {
            Sessions.disconnect(alice, bob, carol);
        }
    }

    @Test
    void aHostileOrOversizedStoredSnapshotIsRefusedAndTheBoardWorks(EjabberdServer server) {
        System.setProperty("causerie.whiteboard.archive", "true"); // the board is rebuilt from the archive below
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "mallory");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession mallory = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            BoardId id = new BoardId(alice.account().id(), BoardId.Kind.ROOM, room.room(), sessionOf(room));
            String svg = "http://www.w3.org/2000/svg";
            StoredNode.publish(server, mallory, id.session(), "<board xmlns='urn:causerie:whiteboard:snapshot:0'"
                    + " session='" + id.session() + "'><sxe xmlns='urn:xmpp:sxe:0' session='" + id.session()
                    + "' id='x'><state><document-begin prolog=''/>"
                    + "<new type='element' rid='root' name='svg' ns='" + svg + "'/>"
                    + "<new type='element' rid='s' parent='root' name='script' ns='" + svg + "'/>"
                    + "<document-end last-sender='' last-id=''/></state></sxe></board>");
            BoardSnapshot board = Waiting.await(service().openRoom(room));
            assertEquals(id, board.board());
            PersistenceEvent refused = events.await(id, PersistenceEvent.Kind.REFUSED);
            assertTrue(refused.detail().contains("script"), refused.detail());
            assertEquals(List.of(), board.shapes(), "nothing of the hostile snapshot is applied");
            String shape = service().edit(id, Edit.Add.of(ShapeKind.ELLIPSE, points(0, 0, 4, 4), Style.DEFAULT))
                    .orElseThrow();
            List<String> drawn = drawn(await(id, "alice can draw", s -> s.shape(shape).isPresent()
                    && s.pendingEdits() == 0));
            Waiting.eventually("alice's board replaces the hostile snapshot",
                    () -> StoredNode.shapes(server, mallory, id.session()).equals(drawn));

            service().close(id);
            System.setProperty("causerie.whiteboard.maxSnapshotTotalBytes", "300");
            events.clear();
            BoardSnapshot again = Waiting.await(service().openRoom(room));
            PersistenceEvent oversized = events.await(id, PersistenceEvent.Kind.REFUSED);
            assertTrue(oversized.detail().contains("over the limit of 300"), oversized.detail());
            assertEquals(drawn, drawn(again), "without a usable snapshot, the board is rebuilt from the archive");
            events.await(id, PersistenceEvent.Kind.RECOVERED);
            service().edit(id, Edit.Add.of(ShapeKind.LINE, points(1, 1, 2, 2), Style.DEFAULT));
            await(id, "the board still works", s -> s.shapes().size() == 2 && s.pendingEdits() == 0);
        } finally {
            Sessions.disconnect(alice, mallory);
        }
    }

    @Test
    void withoutAPubSubServiceTheBoardWorksWithoutPersistence(EjabberdServer server) {
        System.setProperty("causerie.whiteboard.pubsub", server.mucDomain());
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            BoardId a = Waiting.await(service().openRoom(room)).board();
            PersistenceEvent none = events.await(a, PersistenceEvent.Kind.UNAVAILABLE);
            assertTrue(none.detail().contains("is not a publish-subscribe service"), none.detail());
            String line = service().edit(a, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT))
                    .orElseThrow();
            BoardId b = Waiting.await(service().openRoom(bobRoom)).board();
            assertEquals(drawn(await(a, "alice settled", s -> s.pendingEdits() == 0)),
                    drawn(await(b, "bob gets the board from alice", s -> s.shape(line).isPresent())));
            service().close(b);
            service().close(a);
            assertTrue(events.stream().filter(e -> e.board().equals(a) || e.board().equals(b))
                    .noneMatch(e -> e.kind() == PersistenceEvent.Kind.STORED || e.kind() == PersistenceEvent.Kind.FAILED),
                    events.toString());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    /** The room board's session id, as every client derives it (docs/whiteboard.md). */
    static String sessionOf(RoomId room) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(room.room().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "causerie-" + java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
