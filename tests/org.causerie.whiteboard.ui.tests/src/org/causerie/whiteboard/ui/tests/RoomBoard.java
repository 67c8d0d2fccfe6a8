package org.causerie.whiteboard.ui.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardService;
import org.causerie.whiteboard.ui.internal.BoardOpener;
import org.causerie.whiteboard.ui.internal.WidgetIds;
import org.causerie.whiteboard.ui.internal.editor.BoardEditor;
import org.causerie.whiteboard.ui.internal.editor.Palette;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * alice and bob, two accounts of the workbench, in a new room; alice's board editor
 * open (through {@link BoardOpener}, what the room tool calls), bob on the board
 * through the service.
 */
final class RoomBoard implements AutoCloseable {

    final XmppSession alice;
    final XmppSession bob;
    final RoomId aliceRoom;
    final RoomId bobRoom;
    final BoardId aliceBoard;
    final BoardId bobBoard;
    final BoardEditor editor;
    private final BoardWorkbench bench;
    private final Ui ui;

    private RoomBoard(XmppSession alice, XmppSession bob, RoomId aliceRoom, RoomId bobRoom, BoardId aliceBoard,
            BoardId bobBoard, BoardEditor editor, BoardWorkbench bench) {
        this.alice = alice;
        this.bob = bob;
        this.aliceRoom = aliceRoom;
        this.bobRoom = bobRoom;
        this.aliceBoard = aliceBoard;
        this.bobBoard = bobBoard;
        this.editor = editor;
        this.bench = bench;
        this.ui = bench.ui;
    }

    static WhiteboardService boards() {
        return Services.get(WhiteboardService.class);
    }

    /** A new room whose owner is bob (so that he may moderate alice), alice's editor on its board. */
    static RoomBoard open(EjabberdServer server, BoardWorkbench bench, String prefix) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        String room = (prefix + "-" + Long.toString(System.nanoTime() % 100_000_000, 36)).toLowerCase(Locale.ROOT)
                + "@" + server.mucDomain();
        RoomId aliceRoom = new RoomId(alice.account().id(), room);
        RoomId bobRoom = new RoomId(bob.account().id(), room);
        MucService muc = Services.get(MucService.class);
        Waiting.await(muc.create(JoinRequest.of(bobRoom, "bob"), true));
        Waiting.await(muc.join(JoinRequest.of(aliceRoom, "alice")));
        BoardOpener opener = Services.get(BoardOpener.class);
        bench.ui.run(() -> opener.openRoom(aliceRoom.accountId(), room));
        BoardId aliceBoard = bench.ui.waitFor("alice's board", () -> boards().boards().stream()
                .map(BoardSnapshot::board).filter(b -> b.accountId().equals(aliceRoom.accountId())
                        && b.peer().equals(room)).findFirst());
        BoardEditor editor = bench.boardEditor(aliceBoard);
        bench.ui.waitFor("alice's board synced", () -> editor.shown().filter(s -> s.state() == SyncState.SYNCED));
        BoardId bobBoard = Waiting.await(boards().openRoom(bobRoom)).board();
        return new RoomBoard(alice, bob, aliceRoom, bobRoom, aliceBoard, bobBoard, editor, bench);
    }

    /** @return bob's board once it passes the condition */
    BoardSnapshot bobSees(String what, java.util.function.Predicate<BoardSnapshot> condition) {
        Waiting.eventually(() -> what + " (bob's board: " + boards().board(bobBoard) + ")",
                () -> boards().board(bobBoard).filter(condition).isPresent());
        return boards().board(bobBoard).orElseThrow();
    }

    /** @return the shape on alice's editor once there and passing the condition */
    Shape shown(String what, java.util.function.Predicate<Shape> condition) {
        return ui.waitFor(what, () -> editor.shown().flatMap(s -> s.shapes().stream().filter(condition).findFirst()));
    }

    /** Clicks one of the palette's command items (its name, e.g. {@code exportPng}). */
    void command(String name) {
        ui.run(() -> commandItem(name).notifyListeners(SWT.Selection, new Event()));
    }

    /** Clicks a command item without waiting (it may open a dialog). */
    void commandAsync(String name) {
        ui.runAsync(() -> commandItem(name).notifyListeners(SWT.Selection, new Event()));
    }

    private ToolItem commandItem(String name) {
        return Ui.all(root(), ToolBar.class, b -> true).stream().flatMap(b -> Arrays.stream(b.getItems()))
                .filter(i -> name.equals(i.getData(Palette.KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("no palette command " + name));
    }

    /** @return the status line's text now */
    String status() {
        return ui.read(() -> Ui.named(root(), Label.class, WidgetIds.KEY, WidgetIds.STATUS).getText());
    }

    private Composite root() {
        return editor.canvas().control().getParent().getParent();
    }

    /** Sends a synthesized mouse event to the canvas at a canvas pixel. */
    void mouse(int type, int x, int y) {
        ui.run(() -> editor.canvas().control().notifyListeners(type, mouseEvent(x, y)));
    }

    static Event mouseEvent(int x, int y) {
        Event e = new Event();
        e.button = 1;
        e.x = x;
        e.y = y;
        return e;
    }

    /** Drags with the left button from one canvas pixel to another, in steps. */
    void drag(int x0, int y0, int x1, int y1) {
        mouse(SWT.MouseDown, x0, y0);
        for (int i = 1; i <= 5; i++) {
            mouse(SWT.MouseMove, x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5);
        }
        mouse(SWT.MouseUp, x1, y1);
    }

    Optional<BoardSnapshot> aliceNow() {
        return boards().board(aliceBoard);
    }

    @Override
    public void close() {
        try {
            bench.closeBoard(aliceBoard);
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
