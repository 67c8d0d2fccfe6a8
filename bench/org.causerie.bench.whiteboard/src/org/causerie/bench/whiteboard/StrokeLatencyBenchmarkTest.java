package org.causerie.bench.whiteboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.WhiteboardService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stroke's latency from one drawer to {@value #DEFAULT_PARTICIPANTS} participants
 * of a room: every account is a session of this JVM's whiteboard service (so all
 * 21 clients share its 2 cores and its one event thread, unlike 21 people's
 * machines). The drawer draws a 20-point stroke every {@value #PACE_MILLIS} ms
 * through {@link WhiteboardService#edit}; a participant has it when its board's
 * listener is told of a snapshot holding it. Also the raw arrival of the
 * {@code <sxe/>} message on each participant's connection ({@link SxeArrivals}).
 * Target: median under 50 ms.
 */
@ExtendWith(EjabberdExtension.class)
class StrokeLatencyBenchmarkTest {

    private static final int DEFAULT_PARTICIPANTS = 20;
    private static final int PARTICIPANTS = Integer.getInteger("causerie.bench.wbParticipants",
            DEFAULT_PARTICIPANTS);
    private static final int STROKES = Integer.getInteger("causerie.bench.wbStrokes", 100);
    private static final int WARM_UP = 10;
    private static final long PACE_MILLIS = 150;
    private static final double TARGET_MILLIS = 50;

    @Test
    void strokeLatencyToEveryParticipant(EjabberdServer server) throws Exception {
        System.out.printf("BENCH whiteboard strokes: %s%n", Figures.load());
        String[] names = new String[PARTICIPANTS + 1];
        names[0] = "drawer";
        for (int i = 1; i <= PARTICIPANTS; i++) {
            names[i] = "p" + i;
        }
        WhiteboardService boards = Services.get(WhiteboardService.class);
        try (Room room = Room.of(server, names)) {
            BoardId drawer = Waiting.await(boards.openRoom(room.rooms.get(0))).board();
            List<BoardId> participants = new ArrayList<>();
            for (int i = 1; i <= PARTICIPANTS; i++) {
                participants.add(boards.openRoom(room.rooms.get(i)).get(60, TimeUnit.SECONDS).board());
            }
            Seen seen = new Seen(participants);
            SxeArrivals arrivals = new SxeArrivals(room.sessions.subList(1, room.sessions.size()), "drawer");
            boards.addBoardListener(seen);
            List<long[]> sent = new ArrayList<>(); // {index, nanos} per measured stroke
            List<String> ids = new ArrayList<>();
            try {
                ShapeMix mix = new ShapeMix(7);
                for (int i = 0; i < WARM_UP + STROKES; i++) {
                    long start = System.nanoTime();
                    String id = boards.edit(drawer, mix.stroke()).orElseThrow();
                    if (i >= WARM_UP) {
                        sent.add(new long[] {i, start});
                        ids.add(id);
                    }
                    Thread.sleep(PACE_MILLIS);
                }
                Waiting.eventually(() -> "every participant has every stroke (" + seen.count() + " of "
                        + participants.size() * ids.size() + ")",
                        () -> ids.stream().allMatch(id -> participants.stream().allMatch(b -> seen.at(b, id) > 0)),
                        java.time.Duration.ofSeconds(120));
            } finally {
                boards.removeBoardListener(seen);
                arrivals.stop();
            }
            report(participants, seen, arrivals, sent, ids);
            for (BoardId board : participants) {
                assertEquals(WARM_UP + STROKES, boards.board(board).orElseThrow().shapes().size(),
                        "strokes on " + board);
            }
        }
        System.out.printf("BENCH whiteboard strokes after: %s%n", Figures.load());
    }

    private static void report(List<BoardId> participants, Seen seen, SxeArrivals arrivals, List<long[]> sent,
            List<String> ids) {
        List<Double> each = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            long start = sent.get(k)[1];
            long end = k + 1 < sent.size() ? sent.get(k + 1)[1] : Long.MAX_VALUE;
            double slowest = 0;
            for (BoardId board : participants) {
                double latency = Figures.millis(start, seen.at(board, ids.get(k)));
                each.add(latency);
                slowest = Math.max(slowest, latency);
            }
            last.add(slowest);
            raw.addAll(arrivals.between(start, end));
        }
        double median = Figures.median(each);
        System.out.printf("BENCH whiteboard stroke latency, 1 drawer -> %d participants, %d strokes of 20 points "
                + "every %d ms: each participant's board has it %s (target median < %.0f ms: %s); the last of the "
                + "%d has it %s; the <sxe/> message reaches a participant's connection %s%n", participants.size(),
                ids.size(), PACE_MILLIS, Figures.summary(each), TARGET_MILLIS, Figures.met(median, TARGET_MILLIS),
                participants.size(), Figures.summary(last), Figures.summary(raw));
    }

    /** When each participant's board first held each shape (nanoTime), from the service's listener. */
    private static final class Seen implements BoardListener {
        private final Map<BoardId, Map<String, Long>> at = new ConcurrentHashMap<>();

        Seen(List<BoardId> boards) {
            boards.forEach(b -> at.put(b, new ConcurrentHashMap<>()));
        }

        @Override
        public void boardChanged(BoardSnapshot board) {
            Map<String, Long> shapes = at.get(board.board());
            if (shapes == null) {
                return;
            }
            long now = System.nanoTime();
            for (Shape shape : board.shapes()) {
                shapes.putIfAbsent(shape.id(), now);
            }
        }

        long at(BoardId board, String id) {
            return at.get(board).getOrDefault(id, 0L);
        }

        int count() {
            return at.values().stream().mapToInt(Map::size).sum();
        }
    }
}
