package org.causerie.whiteboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.junit.jupiter.api.Test;

/** What a stored snapshot weighs, and that what Causerie writes it reads back whole (the figures in docs/whiteboard.md). */
class SnapshotSizeTest {

    private static final System.Logger LOG = System.getLogger(SnapshotSizeTest.class.getName());

    /** A board of {@code n} shapes: rectangles and 20-point strokes, half of them moved once, all confirmed. */
    static BoardModel board(int n) {
        AtomicInteger ids = new AtomicInteger();
        BoardModel model = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "alice",
                () -> "e" + ids.incrementAndGet());
        for (int i = 0; i < n; i++) {
            List<Point> points = new ArrayList<>();
            int count = i % 2 == 0 ? 2 : 20;
            for (int p = 0; p < count; p++) {
                points.add(new Point(i + p * 3.25, i * 2 + p));
            }
            ShapeKind kind = i % 2 == 0 ? ShapeKind.RECTANGLE : ShapeKind.PATH;
            confirm(model, model.edit(Edit.Add.of(kind, points, Style.DEFAULT)));
            if (i % 2 == 0) {
                String id = model.shapes().getLast().id();
                confirm(model, model.edit(new Edit.Move(id, 1, 1)));
            }
        }
        return model;
    }

    private static void confirm(BoardModel model, List<BoardModel.Outgoing> out) {
        out.forEach(o -> model.replica().received("alice", o.id(), o.records(), true));
    }

    @Test
    void snapshotsOfTenHundredAndAThousandShapesReadBackWhole() {
        for (int n : new int[] {10, 100, 1000}) {
            BoardModel model = board(n);
            String xml = StoredBoard.write("s", StateChunks.of("s", model.replica(), s -> "room@muc/" + s));
            int bytes = StoredBoard.bytes(xml);
            LOG.log(Level.INFO, "a snapshot of " + n + " shapes: " + bytes + " bytes, " + bytes / n + " per shape");
            StoredState read = StoredState.check(xml, "s", Integer.MAX_VALUE, WhiteboardLimits.DEFAULTS, "bob");
            assertTrue(read.accepted(), read.refusal());
            BoardModel copy = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "bob", () -> "x");
            copy.replica().history(read.sender(), read.records());
            assertEquals(model.shapes(), copy.shapes());
            assertTrue(bytes > n * 200, "a shape is at least several records: " + bytes);
        }
    }
}
