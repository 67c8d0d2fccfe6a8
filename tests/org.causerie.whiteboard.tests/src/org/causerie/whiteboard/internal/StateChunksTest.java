package org.causerie.whiteboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.StateWriter;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.junit.jupiter.api.Test;

/**
 * A state transfer handed over element by element as it is cut (the host sends while it still reads
 * the board): the same records as the board's whole state, in order, within the element bounds, the
 * user's unconfirmed edits left out, and a joiner that applies the elements gets the same board.
 */
class StateChunksTest {

    @Test
    void elementsHandedOverAsCutHoldTheWholeStateInOrder() {
        BoardModel model = SnapshotSizeTest.board(1000);
        // an own edit the room has not confirmed: not part of a state transfer
        model.edit(Edit.Add.of(ShapeKind.RECTANGLE, List.of(new Point(1, 1), new Point(9, 9)), Style.DEFAULT));
        List<SxeElement> elements = new ArrayList<>();
        StateChunks.send("s", model.replica(), s -> "room@muc/" + s, elements::add);

        assertTrue(elements.size() >= 3, "several elements: " + elements.size());
        List<StateItem> items = new ArrayList<>();
        for (SxeElement e : elements) {
            List<StateItem> chunk = ((SxePayload.State) e.payload()).items();
            assertTrue(chunk.size() <= StateChunks.ITEMS, "items in one element: " + chunk.size());
            assertEquals("s", e.session());
            items.addAll(chunk);
        }
        assertInstanceOf(StateItem.DocumentBegin.class, items.getFirst());
        StateItem.DocumentEnd end = assertInstanceOf(StateItem.DocumentEnd.class, items.getLast());
        Optional<String> lastId = model.replica().lastConfirmed().map(m -> m.id());
        assertEquals(lastId.orElseThrow(), end.lastId());
        assertEquals("room@muc/alice", end.lastSender());
        List<SxeRecord> confirmed = model.replica().confirmed(StateWriter::records);
        assertEquals(confirmed, items.subList(1, items.size() - 1), "the confirmed board's records, in order");
        assertEquals(items, StateChunks.of("s", model.replica(), s -> "room@muc/" + s).stream()
                .flatMap(e -> ((SxePayload.State) e.payload()).items().stream()).toList(), "the same as a list");

        Joining joining = new Joining(10, 1_000_000);
        joining.offer("alice");
        BoardModel joiner = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "bob", () -> "x");
        Optional<Joining.Done> done = Optional.empty();
        for (SxeElement e : elements) {
            done = joining.state("alice", ((SxePayload.State) e.payload()).items(), new Joining.StateSink() {
                @Override
                public void begin() {
                    joiner.replica().reset();
                }

                @Override
                public void records(String sender, List<SxeRecord> records) {
                    assertEquals(List.of(), joiner.replica().history(sender, records).refused());
                }
            });
        }
        assertTrue(done.isPresent(), "document-end ends the join");
        assertEquals(1000, joiner.shapes().size());
        assertEquals(model.shapes().subList(0, 1000), joiner.shapes());
    }
}
