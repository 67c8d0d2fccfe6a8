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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.causerie.whiteboard.internal.sxe.Sxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boards larger than one pubsub item: stored in parts, read whole or refused whole, and a
 * snapshot of the old single-item format still read (docs/whiteboard.md, "Persistence").
 */
@ExtendWith(EjabberdExtension.class)
class SnapshotPartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String HEAD = "head-mallory";
    private final PersistenceEvents events = new PersistenceEvents();
    private final WhiteboardLimits limits = service().limits();

    @BeforeEach
    void listen() {
        service().addBoardListener(events);
    }

    @AfterEach
    void stop() {
        service().setLimits(limits);
        service().removeBoardListener(events);
        System.clearProperty("causerie.whiteboard.maxSnapshotTotalBytes");
        System.clearProperty("causerie.whiteboard.maxSnapshotBytes");
    }


    @Test
    void aBoardOfAThousandShapesSurvivesEveryoneLeavingAndIsIdenticalAfterARejoin(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        try {
            System.setProperty("causerie.whiteboard.maxSnapshotBytes", "20000"); // several parts, packed
            WhiteboardLimits l = limits;
            // Drawing 1,000 shapes at once is a flood by the default rate (500 records/s); boards opened from now.
            service().setLimits(new WhiteboardLimits(l.maxElements(), l.maxNodes(), l.maxRecordChars(),
                    l.maxPathPoints(), l.maxImageChars(), 1_000_000, 1_000_000));
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            BoardId a = Waiting.await(service().openRoom(room)).board();
            BoardId b = Waiting.await(service().openRoom(bobRoom)).board();
            draw(a, 1_000);
            List<String> board = drawn(await(a, "alice has every shape confirmed",
                    s -> s.shapes().size() == 1_000 && s.pendingEdits() == 0));
            await(b, "bob has every shape", s -> drawn(s).equals(board));
            Waiting.await(muc().leave(bobRoom));
            Waiting.await(muc().leave(room));
            Waiting.eventually(() -> "the last one out stored the whole board",
                    () -> StoredNode.shapes(server, carol, a.session()).equals(board), Duration.ofSeconds(30));
            int parts = StoredNode.parts(server, carol, a.session());
            assertTrue(parts > 1, "a board of 1,000 shapes takes several items: " + parts);

            RoomId carolRoom = new RoomId(carol.account().id(), room.room());
            Waiting.await(muc().create(JoinRequest.of(carolRoom, "carol"), true));
            BoardSnapshot c = Waiting.await(service().openRoom(carolRoom));
            assertEquals(SyncState.SYNCED, c.state());
            assertEquals(board, drawn(c), "carol, alone in the room, starts from the stored board");
            events.await(c.board(), PersistenceEvent.Kind.LOADED);
        } finally {
            Sessions.disconnect(alice, bob, carol);
        }
    }

    @Test
    void aSnapshotOfTheOldSingleItemFormatIsReadAndTheNextWriteGoesToParts(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "olduser");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession old = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            String session = PersistenceTest.sessionOf(room);
            String single = "<board xmlns='urn:causerie:whiteboard:snapshot:0' session='" + session + "'>"
                    + state(session, "c0", 0, 1, true, true) + "</board>";
            StoredNode.publish(server, old, session, single); // the old node: max_items=1, created by another user
            BoardSnapshot board = Waiting.await(service().openRoom(room));
            events.await(board.board(), PersistenceEvent.Kind.LOADED);
            assertEquals(1, board.shapes().size(), "the old snapshot's rectangle");
            String line = service().edit(board.board(), Edit.Add.of(ShapeKind.LINE, points(0, 0, 9, 9),
                    Style.DEFAULT)).orElseThrow();
            List<String> now = drawn(await(board.board(), "alice's line confirmed",
                    s -> s.shape(line).isPresent() && s.pendingEdits() == 0));
            Waiting.eventually("the writer stores the board in parts on the new node",
                    () -> StoredNode.shapes(server, old, session).equals(now));
            assertEquals(List.of("hostile"), List.copyOf(StoredNode.items(server, old,
                    StoredNode.singleNode(session)).keySet()), "the old node is left as it was");
        } finally {
            Sessions.disconnect(alice, old);
        }
    }

    @Test
    void aHostileSnapshotInPartsIsRefusedWholeWithAReason(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "mallory");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession mallory = Sessions.connect(server, users.get(1));
        try {
            String gen = "lz0abc.k3j9x0";
            refused(server, alice, mallory, "is missing", (session, items) -> {
                StoredParts.Written w = parts(session, gen, false);
                items.putAll(published(w));
                items.remove(w.head().partId(1));
            });
            refused(server, alice, mallory, "part 1 of generation lz0abd.zzzzzz", (session, items) -> {
                StoredParts.Written w = parts(session, gen, false);
                items.putAll(published(w));
                items.put(w.head().partId(1), parts(session, "lz0abd.zzzzzz", false).parts().get(1));
            });
            System.setProperty("causerie.whiteboard.maxSnapshotTotalBytes", "1500");
            refused(server, alice, mallory, "over the limit", (session, items) -> {
                StoredParts.Written w = parts(session, gen, false);
                assertTrue(w.head().bytes() > 1500, w.head().bytes() + " bytes");
                items.putAll(published(w));
                items.put(HEAD, w.headXml().replace("bytes='" + w.head().bytes() + "'", "bytes='100'"));
            });
            System.clearProperty("causerie.whiteboard.maxSnapshotTotalBytes");
            refused(server, alice, mallory, "201 parts, over the limit of 200", (session, items) -> {
                StoredParts.Written w = parts(session, gen, false);
                items.putAll(published(w));
                items.put(HEAD, w.headXml().replace("parts='" + w.head().parts() + "'", "parts='201'"));
            });
            refused(server, alice, mallory, "script", (session, items) -> items.putAll(published(parts(session, gen,
                    true))));
        } finally {
            Sessions.disconnect(alice, mallory);
        }
    }

    /** Mallory publishes items on a new room's parts node; alice's board refuses them all and still works. */
    private void refused(EjabberdServer server, XmppSession alice, XmppSession mallory, String why,
            java.util.function.BiConsumer<String, Map<String, String>> hostile) {
        RoomId room = newRoom(server, alice, "alice");
        String session = PersistenceTest.sessionOf(room);
        Map<String, String> items = new LinkedHashMap<>();
        hostile.accept(session, items);
        StoredNode.publish(server, mallory, StoredNode.partsNode(session), 401, items);
        BoardSnapshot board = Waiting.await(service().openRoom(room));
        PersistenceEvent refused = events.await(board.board(), PersistenceEvent.Kind.REFUSED);
        assertTrue(refused.detail().contains(why), why + " in " + refused.detail());
        assertEquals(List.of(), board.shapes(), "nothing of the hostile snapshot is applied");
        String shape = service().edit(board.board(), Edit.Add.of(ShapeKind.ELLIPSE, points(0, 0, 4, 4),
                Style.DEFAULT)).orElseThrow();
        await(board.board(), "alice can draw", s -> s.shape(shape).isPresent() && s.pendingEdits() == 0);
        service().close(board.board());
        Waiting.await(muc().leave(room));
    }

    /** @return the parts first, then the head, as a writer publishes them */
    private static Map<String, String> published(StoredParts.Written w) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < w.parts().size(); i++) {
            items.put(w.head().partId(i), w.parts().get(i));
        }
        items.put(HEAD, w.headXml());
        return items;
    }

    /** @return a valid snapshot of four rectangles in parts of ~700 bytes (the third a script when asked) */
    private static StoredParts.Written parts(String session, String generation, boolean script) {
        List<SxeElement> chunks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String xml = state(session, "c" + i, i, i + 1, i == 0, i == 3);
            chunks.add(Sxe.parse(script && i == 2 ? xml.replace("name='rect'", "name='script'") : xml));
        }
        StoredParts.Written w = StoredParts.write(session, generation, 1_000, chunks, 400);
        assertTrue(w.parts().size() >= 3, w.parts().size() + " parts");
        return w;
    }

    /** @return a state element holding rectangles {@code from} (inclusive) to {@code to} */
    private static String state(String session, String id, int from, int to, boolean begin, boolean end) {
        StringBuilder out = new StringBuilder("<sxe xmlns='urn:xmpp:sxe:0' session='" + session + "' id='" + id
                + "'><state>");
        if (begin) {
            out.append("<document-begin prolog='data:text/xml,'/><new type='element' rid='root' name='svg' ns='")
                    .append(SVG).append("' creator='old'/>");
        }
        for (int i = from; i < to; i++) {
            out.append("<new type='element' rid='r").append(i).append("' parent='root' primary-weight='").append(i + 1)
                    .append("' name='rect' ns='").append(SVG).append("' creator='old'/>");
            for (String[] a : new String[][] {{"x", "5"}, {"y", "6"}, {"width", "30"}, {"height", "20"}}) {
                out.append("<new type='attr' rid='r").append(i).append(a[0]).append("' parent='r").append(i)
                        .append("' name='").append(a[0]).append("' chdata='").append(a[1]).append("'/>");
            }
        }
        if (end) {
            out.append("<document-end last-sender='' last-id=''/>");
        }
        return out.append("</state></sxe>").toString();
    }

    /** Draws strokes of 20 points and rectangles, keeping at most 50 unconfirmed. */
    static void draw(BoardId board, int shapes) {
        Random random = new Random(7);
        for (int i = 0; i < shapes; i++) {
            List<Point> pts = new ArrayList<>();
            int count = i % 2 == 0 ? 2 : 20;
            double x = random.nextInt(1000);
            double y = random.nextInt(700);
            for (int p = 0; p < count; p++) {
                pts.add(new Point(x + p * 3.5, y + random.nextInt(9)));
            }
            service().edit(board, Edit.Add.of(i % 2 == 0 ? ShapeKind.RECTANGLE : ShapeKind.PATH, pts, Style.DEFAULT));
            if (i % 50 == 49) {
                Waiting.eventually(() -> "the room confirms the shapes", () -> service().board(board).orElseThrow()
                        .pendingEdits() < 50, Duration.ofSeconds(60));
            }
        }
    }
}
