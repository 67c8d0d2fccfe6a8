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

    @Test
    void aStateNamingAStoredSnapshotWaitsForItsRecordsAndKeepsWhatComesMeanwhile() {
        List<SxeRecord> records = board();
        Joining joining = new Joining(10, 100);
        joining.offer("alice");
        joining.keep(new Joining.Kept("room/bob", "e1", List.of(), false));
        Applying sink = new Applying();
        StateItem.Stored stored = new StateItem.Stored("pubsub.example.org", "gen1");
        StateItem.DocumentEnd end = new StateItem.DocumentEnd("room/bob", "e1");
        Joining.Done named = joining.state("alice", List.of(new StateItem.DocumentBegin(""), stored, end), sink)
                .orElseThrow();
        assertEquals(Optional.of(stored), named.stored());
        assertEquals(Optional.of(end), joining.referencedEnd());
        assertEquals(1, sink.begins, "the board is emptied as for any state");
        // what the room sends while the snapshot is read comes after it
        Joining.Kept during = new Joining.Kept("room/bob", "e2", List.of(records.get(2)), false);
        joining.keep(during);
        Joining.Done done = joining.referenced(records);
        assertEquals(records, done.state());
        assertEquals("alice", done.stateSender());
        assertEquals(List.of(during), done.after(), "e1 is in the snapshot, e2 came after it");
        assertEquals(Optional.empty(), done.stored());
    }

    @Test
    void aStoredSnapshotThatCannotBeUsedIsForgottenAndTheRecordsAreTakenInstead() {
        List<SxeRecord> records = board();
        Joining joining = new Joining(10, 100);
        joining.offer("alice");
        Applying sink = new Applying();
        joining.state("alice", List.of(new StateItem.DocumentBegin(""), new StateItem.Stored("p", "g"),
                new StateItem.DocumentEnd("", "")), sink).orElseThrow();
        joining.again();
        assertEquals(Optional.empty(), joining.referencedEnd());
        List<StateItem> whole = new ArrayList<>();
        whole.add(new StateItem.DocumentBegin(""));
        whole.addAll(records);
        whole.add(new StateItem.DocumentEnd("", ""));
        Joining.Done done = joining.state("alice", whole, sink).orElseThrow();
        assertEquals(Optional.empty(), done.stored());
        assertEquals(records.size(), sink.replica.document().size());
        // records with a reference are a state with records: the reference is ignored
        Joining other = new Joining(10, 100);
        other.offer("alice");
        List<StateItem> both = new ArrayList<>(whole);
        both.add(1, new StateItem.Stored("p", "g"));
        assertEquals(Optional.empty(), other.state("alice", both, new Applying()).orElseThrow().stored());
    }
}
