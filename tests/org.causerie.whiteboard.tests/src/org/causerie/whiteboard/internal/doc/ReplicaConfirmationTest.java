package org.causerie.whiteboard.internal.doc;

import static org.causerie.whiteboard.internal.doc.Records.attr;
import static org.causerie.whiteboard.internal.doc.Records.element;
import static org.causerie.whiteboard.internal.doc.Records.svgRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The room confirming the user's own edits in the order they were made: each
 * confirmation keeps the board as it is (nothing taken back and replayed), and
 * the board ends as every other client's.
 */
class ReplicaConfirmationTest {

    private static final int EDITS = 300;

    private static List<List<SxeRecord>> edits(int count) {
        List<List<SxeRecord>> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            edits.add(List.of(element("r" + i, "root", i, "rect"), attr("a" + i, "r" + i, "width", "" + i)));
        }
        return edits;
    }

    @Test
    void confirmationsInOrderReplayNothing() {
        Replica alice = new Replica(Records.ANY, "alice");
        Replica bob = new Replica(Records.ANY, "bob");
        alice.received("host", "e0", List.of(svgRoot("root")), false);
        bob.received("host", "e0", List.of(svgRoot("root")), false);
        List<List<SxeRecord>> edits = edits(EDITS);
        for (int i = 0; i < EDITS; i++) {
            assertTrue(alice.local("x" + i, edits.get(i)).isEmpty());
        }
        assertEquals(EDITS, alice.pending());
        long stamp = alice.document().root().orElseThrow().stamp();
        for (int i = 0; i < EDITS; i++) {
            Replica.Report mine = alice.received("alice", "x" + i, edits.get(i), true);
            assertEquals(List.of(), mine.rolledBack());
            assertEquals(List.of(), mine.refused());
            bob.received("alice", "x" + i, edits.get(i), false);
            assertEquals(EDITS - i - 1, alice.pending());
        }
        assertEquals(stamp, alice.document().root().orElseThrow().stamp(), "no change was taken back and replayed");
        assertEquals(Records.xml(bob.document()), Records.xml(alice.document()));
        assertEquals(StateWriter.records(bob.document()), StateWriter.records(alice.document()));
        assertEquals(new Replica.Marker("alice", "x" + (EDITS - 1)), alice.lastConfirmed().orElseThrow());
    }

    @Test
    void aForeignEditInBetweenStillConverges() {
        Replica alice = new Replica(Records.ANY, "alice");
        Replica bob = new Replica(Records.ANY, "bob");
        alice.received("host", "e0", List.of(svgRoot("root")), false);
        bob.received("host", "e0", List.of(svgRoot("root")), false);
        List<List<SxeRecord>> edits = edits(3);
        alice.local("x0", edits.get(0));
        alice.local("x1", edits.get(1));
        // bob draws between alice's edits: the room orders his after her first
        List<SxeRecord> bobs = List.of(element("b0", "root", 10, "ellipse"));
        bob.local("y0", bobs);
        bob.received("alice", "x0", edits.get(0), false);
        alice.received("alice", "x0", edits.get(0), true);
        bob.received("bob", "y0", bobs, true);
        alice.received("bob", "y0", bobs, false);
        long beforeOwn = alice.document().root().orElseThrow().stamp();
        alice.local("x2", edits.get(2));
        assertNotEquals(beforeOwn, alice.document().root().orElseThrow().stamp());
        for (String id : List.of("x1", "x2")) {
            List<SxeRecord> records = edits.get(Integer.parseInt(id.substring(1)));
            alice.received("alice", id, records, true);
            bob.received("alice", id, records, false);
        }
        assertEquals(0, alice.pending());
        assertEquals(0, bob.pending());
        assertEquals(Records.xml(bob.document()), Records.xml(alice.document()));
        assertEquals(StateWriter.records(bob.document()), StateWriter.records(alice.document()));
    }
}
