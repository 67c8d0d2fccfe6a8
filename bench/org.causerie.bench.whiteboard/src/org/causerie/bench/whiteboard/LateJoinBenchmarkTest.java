package org.causerie.bench.whiteboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.WhiteboardService;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A late joiner loading a 10,000-shape board: the host draws the board in the room
 * (every shape an edit the room orders), then a second account, in the room
 * already, opens the board: {@link WhiteboardService#openRoom} until the board is
 * synced with every shape (the host's state transfer, XEP-0284 §8); until a canvas
 * (the editor's {@code BoardCanvas}) open from the start and fed the board's snapshots
 * as the editor is has painted every shape; and, as before, until a canvas made once
 * synced has shown and painted it. {@value #DEFAULT_ROUNDS} rounds
 * (the joiner closes the board and opens it again). Both accounts are sessions of
 * this JVM. Target: under 1 s.
 */
@ExtendWith(EjabberdExtension.class)
class LateJoinBenchmarkTest {

    private static final int DEFAULT_ROUNDS = 5;
    private static final int ROUNDS = Integer.getInteger("causerie.bench.wbRounds", DEFAULT_ROUNDS);
    private static final double TARGET_MILLIS = 1000;
    private static final int IN_FLIGHT = 20;
    /**
     * Whether the host moves a shape before each join (the board changed since the host's last
     * snapshot write, so naming the stored snapshot means writing one first).
     */
    private static final boolean CHANGE = Boolean.getBoolean("causerie.bench.wbChange");

    @Test
    void lateJoinOfALargeBoard(EjabberdServer server) throws Exception {
        System.out.printf("BENCH whiteboard late join: %s%n", Figures.load());
        int shapes = RepaintBenchmarkTest.SHAPES;
        WhiteboardService boards = Services.get(WhiteboardService.class);
        WhiteboardLimits limits = boards.limits();
        // the host draws far faster than a person: lift the per-sender rate for the joiner's live elements
        boards.setLimits(new WhiteboardLimits(limits.maxElements(), limits.maxNodes(), limits.maxRecordChars(),
                limits.maxPathPoints(), limits.maxImageChars(), 1_000_000, 1_000_000));
        try (Room room = Room.of(server, "host", "joiner")) {
            BoardId host = Waiting.await(boards.openRoom(room.rooms.get(0))).board();
            long start = System.nanoTime();
            populate(boards, host, shapes);
            System.out.printf("BENCH whiteboard late join: the host drew %d shapes in %.1f s (confirmed by the "
                    + "room)%n", shapes, Figures.millis(start, System.nanoTime()) / 1000);
            Display display = BenchDisplay.shared().display();
            List<Double> synced = new ArrayList<>();
            List<Double> followed = new ArrayList<>();
            List<Double> painted = new ArrayList<>();
            System.out.printf("BENCH whiteboard late join: the joiner %s; the host %s before each join%n",
                    "false".equals(System.getProperty("causerie.whiteboard.storedState"))
                            ? "takes the records (causerie.whiteboard.storedState=false)"
                            : "asks for a state naming the stored snapshot",
                    CHANGE ? "moves a shape (its last snapshot write is then out of date)" : "changes nothing");
            for (int round = 1; round <= ROUNDS; round++) {
                if (CHANGE) {
                    moveOne(boards, host, round);
                }
                double[] figures = join(boards, room, display, shapes, server);
                synced.add(figures[0]);
                followed.add(figures[1]);
                painted.add(figures[2]);
                System.out.printf("BENCH whiteboard late join round %d: openRoom->synced with %d shapes %.0f ms, "
                        + "->painted on the canvas open from the start %.0f ms, ->shown and painted on a canvas made "
                        + "once synced %.0f ms%n", round, shapes, figures[0], figures[1], figures[2]);
            }
            double median = Figures.median(followed);
            System.out.printf("BENCH whiteboard late join summary, %d shapes, %d rounds: synced %s; painted on the "
                    + "canvas open from the start (as the editor) %s (target < %.0f ms: %s); shown and painted on a "
                    + "canvas made once synced %s%n", shapes, ROUNDS, Figures.summary(synced),
                    Figures.summary(followed), TARGET_MILLIS, Figures.met(median, TARGET_MILLIS),
                    Figures.summary(painted));
        } finally {
            boards.setLimits(limits);
        }
        System.out.printf("BENCH whiteboard late join after: %s%n", Figures.load());
    }

    /**
     * Draws the shapes, keeping at most {@value #IN_FLIGHT} unconfirmed (each element the room
     * confirms takes the unconfirmed ones back and replays them: many in flight cost much
     * more), and waits until the room confirmed all.
     */
    private static void populate(WhiteboardService boards, BoardId host, int shapes) {
        int sent = 0;
        for (Edit.Add add : new ShapeMix(42).edits(shapes)) {
            boards.edit(host, add);
            if (++sent % IN_FLIGHT == 0) {
                Waiting.eventually(() -> "the room confirms the host's shapes",
                        () -> boards.board(host).orElseThrow().pendingEdits() < IN_FLIGHT, Duration.ofSeconds(120));
            }
        }
        Waiting.eventually(() -> "every shape confirmed (" + boards.board(host).map(b -> b.shapes().size()
                + " shapes, " + b.pendingEdits() + " pending").orElse("no board") + ")", () -> {
                    BoardSnapshot b = boards.board(host).orElseThrow();
                    return b.pendingEdits() == 0 && b.shapes().size() == shapes;
                }, Duration.ofSeconds(300));
    }

    /** The host moves its first shape and waits until the room confirmed it. */
    private static void moveOne(WhiteboardService boards, BoardId host, int round) {
        String first = boards.board(host).orElseThrow().shapes().getFirst().id();
        boards.edit(host, new Edit.Move(first, round % 2 == 0 ? -1 : 1, 0));
        Waiting.eventually(() -> "the host's move confirmed", () -> boards.board(host).orElseThrow().pendingEdits() == 0,
                Duration.ofSeconds(30));
    }

    /**
     * @return {openRoom until synced, until the canvas open from the start (fed the board's
     *         snapshots as the editor is) painted every shape, until a canvas made once synced
     *         painted them} in ms
     */
    private static double[] join(WhiteboardService boards, Room room, Display display, int shapes,
            EjabberdServer server) throws Exception {
        BoardWindow[] open = new BoardWindow[1];
        display.syncExec(() -> open[0] = new BoardWindow(display));
        BoardWindow window = open[0];
        RoomId joinerRoom = room.rooms.get(1);
        long[] shown = {-1, 0}; // the repaint count when the complete board was shown; the snapshots shown
        BoardListener follower = new BoardListener() {
            @Override
            public void boardChanged(BoardSnapshot snapshot) {
                BoardId id = snapshot.board();
                if (id.accountId().equals(joinerRoom.accountId()) && id.peer().equals(joinerRoom.room())) {
                    display.asyncExec(() -> {
                        window.canvas().show(snapshot.shapes());
                        shown[1]++;
                        if (snapshot.state() == SyncState.SYNCED && snapshot.shapes().size() == shapes
                                && shown[0] < 0) {
                            shown[0] = window.canvas().repaints();
                        }
                    });
                }
            }
        };
        boards.addBoardListener(follower);
        JoinTrace trace = new JoinTrace(room.sessions.get(1), server);
        long start = System.nanoTime();
        BoardSnapshot board;
        try {
            board = boards.openRoom(joinerRoom).get(120, TimeUnit.SECONDS);
        } finally {
            trace.close();
        }
        long synced = System.nanoTime();
        System.out.printf("BENCH whiteboard late join, until synced (%s to %s): %s%n",
                LocalTime.now().minusNanos(System.nanoTime() - start), LocalTime.now(), trace.report(start));
        assertEquals(SyncState.SYNCED, board.state());
        assertEquals(shapes, board.shapes().size(), "shapes the joiner has");
        long[] followed = new long[1];
        display.syncExec(() -> {
            try {
                followed[0] = window.awaitShown(() -> shown[0]);
            } finally {
                boards.removeBoardListener(follower);
                window.close();
            }
        });
        System.out.printf("BENCH whiteboard late join, the canvas open from openRoom (fed the board's snapshots as "
                + "the editor is, %d shown): painted every shape %.0f ms after synced%n", shown[1],
                Figures.millis(synced, followed[0]));
        long[] painted = new long[1];
        display.syncExec(() -> {
            BoardWindow fresh = new BoardWindow(display);
            try {
                long at = System.nanoTime();
                fresh.showAndPaint(board.shapes());
                painted[0] = synced + (System.nanoTime() - at);
                System.out.printf("BENCH whiteboard late join, a canvas made once synced: shown and painted in %.0f "
                        + "ms, its paint event's handling %.0f ms%n", Figures.millis(at, System.nanoTime()),
                        fresh.canvas().lastPaintMillis());
            } finally {
                fresh.close();
            }
        });
        boards.close(board.board());
        return new double[] {Figures.millis(start, synced), Figures.millis(start, followed[0]),
                Figures.millis(start, painted[0])};
    }
}
