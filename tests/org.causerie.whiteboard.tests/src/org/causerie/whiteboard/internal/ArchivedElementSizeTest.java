package org.causerie.whiteboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
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
import org.causerie.whiteboard.internal.sxe.Sxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.junit.jupiter.api.Test;

/**
 * What the room's archive keeps per edit now that records carry the store hint (the figures in
 * docs/whiteboard.md, Persistence: "What it costs the server"): the {@code <sxe/>} element of a
 * 20-point stroke, a rectangle and a move, each read back as it was sent.
 */
class ArchivedElementSizeTest {

    private static final System.Logger LOG = System.getLogger(ArchivedElementSizeTest.class.getName());

    @Test
    void aStrokeARectangleAndAMoveAsArchived() {
        AtomicInteger ids = new AtomicInteger();
        BoardModel model = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "alice",
                () -> "k3j9x0a2" + Integer.toString(ids.incrementAndGet(), 36));
        List<Point> stroke = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            stroke.add(new Point(100 + p * 3.25, 200 + p * 1.5));
        }
        int strokeBytes = bytes(model, Edit.Add.of(ShapeKind.PATH, stroke, Style.DEFAULT));
        int rectBytes = bytes(model, Edit.Add.of(ShapeKind.RECTANGLE, List.of(new Point(5, 5), new Point(50, 30)),
                Style.DEFAULT));
        int moveBytes = bytes(model, new Edit.Move(model.shapes().getLast().id(), 10, 0));
        LOG.log(Level.INFO, "archived <sxe/> elements: 20-point stroke " + strokeBytes + " bytes, rectangle "
                + rectBytes + " bytes, move " + moveBytes + " bytes");
        assertTrue(strokeBytes > rectBytes && rectBytes > moveBytes, strokeBytes + " " + rectBytes + " " + moveBytes);
    }

    /** @return the UTF-8 size of the edit's element, checked to read back as it was sent */
    private static int bytes(BoardModel model, Edit edit) {
        List<BoardModel.Outgoing> out = model.edit(edit);
        assertEquals(1, out.size());
        BoardModel.Outgoing o = out.getFirst();
        model.replica().received("alice", o.id(), o.records(), true);
        SxeElement element = new SxeElement("causerie-0123456789abcdef0123456789abcdef", o.id(),
                new SxePayload.State(List.copyOf(o.records())));
        SxeElement read = Sxe.roundTrip(element);
        assertEquals(element.payload(), read.payload());
        return element.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
