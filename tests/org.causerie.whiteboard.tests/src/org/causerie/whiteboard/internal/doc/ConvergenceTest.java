package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * N simulated clients edit one board at once; the room orders their elements;
 * each client shows its own edits at once and applies the room's order as it
 * arrives; some elements bounce; clients join late and get the state from a
 * member. Whatever the interleaving, once everything is delivered every replica
 * holds the same records, versions and history, and no edit stays pending.
 */
class ConvergenceTest {

    static final int SEEDS = 60;
    static final int STEPS = 400;

    @Test
    void everyReplicaEndsIdentical() {
        int bounced = 0;
        int rolledBack = 0;
        int joins = 0;
        int entries = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SimulatedRoom room = new SimulatedRoom(seed, 2 + (int) (seed % 4));
            for (int i = 0; i < STEPS; i++) {
                room.step();
            }
            room.settle();
            SimulatedRoom.Client first = room.clients.get(0);
            List<SxeRecord> expected = StateWriter.records(first.model.replica().document());
            String shapes = first.model.shapes().toString();
            for (SimulatedRoom.Client c : room.clients) {
                assertEquals(0, c.model.replica().pending(), "seed " + seed + ": " + c.name + " has pending edits");
                assertEquals(expected, StateWriter.records(c.model.replica().document()),
                        "seed " + seed + ": " + c.name + " differs from " + first.name);
                assertEquals(shapes, c.model.shapes().toString(), "seed " + seed);
            }
            bounced += room.bounced;
            rolledBack += room.rolledBack;
            joins += room.joins;
            entries += room.log.size();
        }
        // The runs must have exercised what they claim to: conflicts, bounces and late joins.
        assertTrue(bounced > 0, "no element bounced");
        assertTrue(rolledBack > bounced, "no conflict rolled an own edit back: " + rolledBack);
        assertTrue(joins > 0, "nobody joined late");
        assertTrue(entries > SEEDS * 20, "few elements ordered: " + entries);
    }

    @Test
    void aSeedReplaysExactly() {
        SimulatedRoom a = new SimulatedRoom(42, 3);
        SimulatedRoom b = new SimulatedRoom(42, 3);
        for (int i = 0; i < STEPS; i++) {
            a.step();
            b.step();
        }
        a.settle();
        b.settle();
        assertEquals(StateWriter.records(a.clients.get(0).model.replica().document()),
                StateWriter.records(b.clients.get(0).model.replica().document()));
    }
}
