package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A joiner applying an offered state as its elements arrive: the same board as applying it at its end. */
class JoiningStreamTest {

    /** Applies what the joining streams to a replica, as a board does. */
    private static final class Applying implements Joining.StateSink {
        final Replica replica = new Replica(Records.SVG, "carol");
        final List<Integer> batches = new ArrayList<>();
        int begins;

        @Override
        public void begin() {
            begins++;
            replica.reset();
        }

        @Override
        public void records(String sender, List<SxeRecord> records) {
            batches.add(records.size());
            assertEquals(List.of(), replica.history(sender, records).refused());
        }
    }

    private static List<SxeRecord> board() {
        return List.of(Records.svgRoot("r"), Records.element("a", "r", 1, "rect"), Records.attr("a1", "a", "x", "1"),
                Records.attr("a2", "a", "width", "5"), Records.element("b", "r", 2, "ellipse"),
                Records.attr("b1", "b", "rx", "3"));
    }

    @Test
    void recordsAreAppliedAsTheyArriveAndARestartForgetsThem() {
        List<SxeRecord> records = board();
        Joining joining = new Joining(10, 100);
        joining.offer("alice");
        Applying sink = new Applying();
        List<StateItem> first = new ArrayList<>();
        first.add(new StateItem.DocumentBegin(""));
        first.addAll(records.subList(0, 2));
        assertEquals(Optional.empty(), joining.state("alice", first, sink));
        assertEquals(Optional.empty(), joining.state("bob", List.of(records.get(2)), sink), "only alice's count");
        // alice starts again: what came before is forgotten
        List<StateItem> again = new ArrayList<>();
        again.add(new StateItem.DocumentBegin(""));
        again.addAll(records.subList(0, 4));
        assertEquals(Optional.empty(), joining.state("alice", again, sink));
        assertEquals(2, sink.begins);
        assertEquals(4, sink.replica.document().size());
        List<StateItem> last = new ArrayList<>(records.subList(4, 6));
        last.add(new StateItem.DocumentEnd("room/alice", "e9"));
        Joining.Done done = joining.state("alice", last, sink).orElseThrow();
        assertEquals(List.of(), done.state(), "streamed, not kept");
        assertEquals(List.of(2, 4, 2), sink.batches);

        Replica whole = new Replica(Records.SVG, "carol");
        whole.history("alice", records);
        assertEquals(Records.xml(whole.document()), Records.xml(sink.replica.document()));
    }

    @Test
    void theStateBoundHoldsWhenStreamed() {
        Joining joining = new Joining(10, 3);
        joining.offer("alice");
        Applying sink = new Applying();
        List<StateItem> items = new ArrayList<>();
        items.add(new StateItem.DocumentBegin(""));
        items.addAll(board());
        items.add(new StateItem.DocumentEnd("", ""));
        assertTrue(joining.state("alice", items, sink).isPresent());
        assertTrue(joining.overflowed());
        assertEquals(3, sink.replica.document().size());
    }
}
