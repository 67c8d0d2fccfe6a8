package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Mouse;
import org.causerie.testing.workbench.Ui;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardService;
import org.causerie.whiteboard.ui.internal.RoomTool;
import org.causerie.whiteboard.ui.internal.editor.BoardEditor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * alice opens a room's board from the room editor's "Whiteboard" tool and draws a
 * stroke with the X server's pointer; bob, another account in the same workbench,
 * takes part through the whiteboard service and sees her stroke, authored by her;
 * his rectangle shows on her canvas. Last (it stops the bundle): the tool leaves an
 * open room editor when the whiteboard UI bundle stops, and comes back (and opens a
 * board) when it starts again.
 */
@ExtendWith(EjabberdExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhiteboardEditorTest {

    private static BoardWorkbench bench;
    private static Ui ui;
    private XmppSession alice;
    private XmppSession bob;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
        ui = bench.ui;
    }

    @AfterEach
    void disconnect() {
        if (alice != null) {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    @Order(1)
    void aStrokeDrawnWithTheMouseReachesAnotherParticipant(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        alice = Sessions.connect(server, users.get(0));
        bob = Sessions.connect(server, users.get(1));
        String room = ("board-" + Long.toString(System.nanoTime() % 1_000_000, 36)).toLowerCase(Locale.ROOT)
                + "@conference." + server.domain();
        RoomId aliceRoom = new RoomId(alice.account().id(), room);
        RoomId bobRoom = new RoomId(bob.account().id(), room);
        MucService muc = Services.get(MucService.class);
        Waiting.await(muc.create(JoinRequest.of(aliceRoom, "alice"), true));
        Waiting.await(muc.join(JoinRequest.of(bobRoom, "bob")));

        // alice's room editor offers the tool; choosing it opens the board's editor
        MPart roomPart = bench.roomPart(aliceRoom);
        bench.activate(roomPart);
        ToolItem tool = ui.waitFor("the Whiteboard tool in alice's room editor",
                () -> bench.toolItem(roomPart, RoomTool.ID));
        assertEquals("Whiteboard", ui.read(tool::getText));
        ui.screenshot("whiteboard-room-tool");
        ui.run(() -> tool.notifyListeners(SWT.Selection, new Event()));
        WhiteboardService boards = Services.get(WhiteboardService.class);
        BoardId aliceBoard = boards.boards().stream().map(BoardSnapshot::board)
                .filter(b -> b.accountId().equals(aliceRoom.accountId()) && b.peer().equals(room)).findFirst()
                .orElseThrow(() -> new AssertionError("the tool opened no board for alice"));
        BoardEditor editor = bench.boardEditor(aliceBoard);
        ui.waitFor("alice's board synced", () -> editor.shown().filter(s -> s.state() == SyncState.SYNCED));

        // bob takes part through the service
        BoardSnapshot bobStart = Waiting.await(boards.openRoom(bobRoom));
        BoardId bobBoard = bobStart.board();
        assertTrue(bobStart.shapes().isEmpty(), "a new board is empty");
        // bob's connect makes him a participant: alice's list shows him before anything is drawn
        ui.waitFor("bob in alice's participants list", () -> java.util.Arrays.stream(ui.read(() -> Ui.named(
                editor.canvas().control().getParent().getParent(), org.eclipse.swt.widgets.List.class,
                org.causerie.whiteboard.ui.internal.WidgetIds.KEY,
                org.causerie.whiteboard.ui.internal.WidgetIds.PARTICIPANTS).getItems())).filter("bob"::equals)
                .findFirst());

        // alice draws a stroke with the X server's pointer
        Canvas canvas = ui.read(() -> editor.canvas().control());
        org.eclipse.swt.graphics.Point origin = ui.read(() -> canvas.toDisplay(0, 0));
        Mouse mouse = new Mouse(bench.workbench.display());
        org.eclipse.swt.graphics.Point a = new org.eclipse.swt.graphics.Point(origin.x + 80, origin.y + 90);
        org.eclipse.swt.graphics.Point b = new org.eclipse.swt.graphics.Point(origin.x + 240, origin.y + 150);
        org.eclipse.swt.graphics.Point c = new org.eclipse.swt.graphics.Point(origin.x + 300, origin.y + 260);
        mouse.moveTo(a);
        mouse.settle();
        mouse.press();
        mouse.glide(a, b, 8);
        mouse.glide(b, c, 8);
        mouse.release();
        mouse.settle();

        Shape drawn = ui.waitFor("alice's stroke on her board", () -> editor.shown()
                .flatMap(s -> s.shapes().stream().filter(x -> x.kind() == ShapeKind.PATH).findFirst()));
        assertTrue(drawn.points().size() >= 3, "a freehand stroke of several points: " + drawn.points());
        Point first = drawn.points().get(0);
        assertEquals(80, first.x(), 2, "the stroke starts where the pointer was pressed");
        assertEquals(90, first.y(), 2);
        Point last = drawn.points().get(drawn.points().size() - 1);
        assertEquals(300, last.x(), 2, "and ends where it was released");
        assertEquals(260, last.y(), 2);

        // bob sees the same stroke, by alice
        Waiting.eventually("bob sees alice's stroke", () -> boards.board(bobBoard)
                .flatMap(s -> s.shape(drawn.id())).filter(s -> s.points().equals(drawn.points())).isPresent());
        assertEquals(Optional.of("alice"), boards.board(bobBoard).flatMap(s -> s.shape(drawn.id()))
                .flatMap(Shape::author));
        ui.waitFor("alice's stroke confirmed", () -> editor.shown().filter(s -> s.pendingEdits() == 0));
        // bob's rectangle shows on alice's canvas
        String rect = boards.edit(bobBoard, Edit.Add.of(ShapeKind.RECTANGLE,
                List.of(new Point(350, 60), new Point(520, 200)), new Style("#1976d2", 4, Optional.of("#bbdefb"), 1)))
                .orElseThrow();
        ui.waitFor("bob's rectangle on alice's canvas",
                () -> ui.read(() -> editor.canvas().shapes()).stream().filter(s -> s.id().equals(rect)).findFirst());

        // hovering the stroke names its author
        mouse.moveTo(b);
        mouse.glide(b, new org.eclipse.swt.graphics.Point(b.x + 1, b.y + 1), 1);
        mouse.settle();
        assertEquals("Drawn by alice", ui.waitFor("the author's tooltip",
                () -> Optional.ofNullable(canvas.getToolTipText())));
        ui.screenshot("whiteboard-board");
    }

    @Test
    @Order(2)
    void theToolLeavesWhenTheWhiteboardUiStopsAndComesBack(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        alice = Sessions.connect(server, users.get(0));
        bob = Sessions.connect(server, users.get(1));
        String room = ("tools-" + Long.toString(System.nanoTime() % 1_000_000, 36)).toLowerCase(Locale.ROOT)
                + "@conference." + server.domain();
        RoomId aliceRoom = new RoomId(alice.account().id(), room);
        Waiting.await(Services.get(MucService.class).create(JoinRequest.of(aliceRoom, "alice"), true));
        MPart roomPart = bench.roomPart(aliceRoom);
        ui.waitFor("the Whiteboard tool", () -> bench.toolItem(roomPart, RoomTool.ID));
        Bundle bundle = java.util.Arrays.stream(Services.context().getBundles())
                .filter(x -> x.getSymbolicName().equals("org.causerie.whiteboard.ui")).findFirst().orElseThrow();
        bundle.stop();
        try {
            ui.waitFor("the tool gone", () -> bench.toolItem(roomPart, RoomTool.ID).isEmpty() ? Optional.of(true)
                    : Optional.empty());
        } finally {
            bundle.start();
        }
        // started again in the same workbench: the board opener, the tool and the roster action come back
        ToolItem back = ui.waitFor("the tool back", () -> bench.toolItem(roomPart, RoomTool.ID));
        ui.waitFor("the board opener back", () -> Optional.ofNullable(Services.context()
                .getServiceReference(org.causerie.whiteboard.ui.internal.BoardOpener.class)));
        ui.run(() -> back.notifyListeners(SWT.Selection, new Event()));
        BoardId board = ui.waitFor("the board the tool opened", () -> Services.get(WhiteboardService.class)
                .boards().stream().map(BoardSnapshot::board).filter(b -> b.accountId().equals(aliceRoom.accountId())
                        && b.peer().equals(room)).findFirst());
        BoardEditor editor = bench.boardEditor(board);
        ui.waitFor("its editor synced", () -> editor.shown().filter(s -> s.state() == SyncState.SYNCED));
        bench.closeBoard(board);
    }
}
