package org.causerie.whiteboard.tests;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.WhiteboardService;

/** Steps the board tests share. */
final class Boards {

    private static final AtomicInteger ROOMS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Boards() {
    }

    static WhiteboardService service() {
        return Services.get(WhiteboardService.class);
    }

    static MucService muc() {
        return Services.get(MucService.class);
    }

    static RoomId newRoom(EjabberdServer server, XmppSession owner, String nick) {
        String name = "board-" + ROOMS.incrementAndGet() + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        RoomId room = new RoomId(owner.account().id(), name.toLowerCase(Locale.ROOT) + "@" + server.mucDomain());
        Waiting.await(muc().create(JoinRequest.of(room, nick), true));
        return room;
    }

    static RoomId join(XmppSession session, RoomId room, String nick) {
        RoomId mine = new RoomId(session.account().id(), room.room());
        Waiting.await(muc().join(JoinRequest.of(mine, nick)));
        return mine;
    }

    static BoardSnapshot await(BoardId board, String what, Predicate<BoardSnapshot> condition) {
        Waiting.eventually(() -> what + " (" + service().board(board) + ")",
                () -> service().board(board).filter(condition).isPresent());
        return service().board(board).orElseThrow();
    }

    /** @return a board's shapes as kind and points, which every replica must agree on */
    static List<String> drawn(BoardSnapshot board) {
        return board.shapes().stream().map(Boards::describe).toList();
    }

    static String describe(Shape s) {
        return s.id() + " " + s.kind() + " " + s.points() + " " + s.style() + " by " + s.author().orElse("?");
    }

    static List<Point> points(double... xy) {
        java.util.List<Point> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            out.add(new Point(xy[i], xy[i + 1]));
        }
        return out;
    }
}
