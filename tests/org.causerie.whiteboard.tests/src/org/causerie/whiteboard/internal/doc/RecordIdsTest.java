package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.junit.jupiter.api.Test;

/** Short record ids: unique within a session, across sessions and clients, and never one the board holds. */
class RecordIdsTest {

    @Test
    void idsOfOneSessionAreShortAndUnique() {
        RecordIds ids = RecordIds.random(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = ids.get();
            assertTrue(id.startsWith(ids.prefix()) && id.matches("[0-9a-z]+"), id);
            assertTrue(seen.add(id), "drawn twice: " + id);
        }
        assertTrue(ids.get().length() <= RecordIds.PREFIX + 4, "the 100,001st id is short");
    }

    @Test
    void sessionsWithDifferentPrefixesNeverShareAnId() {
        // fixed-length prefixes: "abcdefgh" + counter cannot be "abcdefg" + "h…" of another session
        Set<String> first = new HashSet<>();
        RecordIds a = new RecordIds("abcdefgh");
        RecordIds b = new RecordIds("abcdefgi");
        RecordIds c = new RecordIds("0bcdefgh");
        for (int i = 0; i < 50_000; i++) {
            first.add(a.get());
        }
        for (int i = 0; i < 50_000; i++) {
            String id = i % 2 == 0 ? b.get() : c.get();
            assertTrue(!first.contains(id), id);
        }
        Set<String> prefixes = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            prefixes.add(RecordIds.random(random).prefix());
        }
        assertEquals(10_000, prefixes.size(), "10,000 sessions draw 10,000 prefixes");
        assertNotEquals(RecordIds.random(new SecureRandom()).prefix(), RecordIds.random(new SecureRandom()).prefix());
    }

    @Test
    void aPrefixMustBeEightBase36Characters() {
        for (String bad : List.of("", "abc", "ABCDEFGH", "abcdefg-", "abcdefghi")) {
            assertThrows(IllegalArgumentException.class, () -> new RecordIds(bad), bad);
        }
    }

    @Test
    void aModelSkipsIdsTheBoardHoldsAlready() {
        // two clients that drew the same prefix (or one session's ids in a stored board): the second skips them
        BoardModel alice = new BoardModel(Records.SVG, "alice", new RecordIds("samesame"));
        BoardModel bob = new BoardModel(Records.SVG, "bob", new RecordIds("samesame"));
        for (int i = 0; i < 3; i++) {
            for (BoardModel.Outgoing o : alice.edit(Edit.Add.of(ShapeKind.RECTANGLE,
                    List.of(new Point(i, i), new Point(i + 10, i + 10)), Style.DEFAULT))) {
                alice.replica().received("alice", o.id(), o.records(), true);
                Replica.Report report = bob.replica().received("alice", o.id(), o.records(), false);
                assertEquals(List.of(), report.refused());
            }
        }
        List<BoardModel.Outgoing> bobs = bob.edit(Edit.Add.of(ShapeKind.ELLIPSE,
                List.of(new Point(50, 50), new Point(60, 70)), Style.DEFAULT));
        for (BoardModel.Outgoing o : bobs) {
            for (SxeRecord r : o.records()) {
                if (r instanceof NewRecord n) {
                    assertTrue(alice.replica().document().node(n.rid()).isEmpty(), "bob reuses " + n.rid());
                }
            }
            assertEquals(List.of(), alice.replica().received("bob", o.id(), o.records(), false).refused());
            bob.replica().received("bob", o.id(), o.records(), true);
        }
        assertEquals(alice.shapes(), bob.shapes());
        assertEquals(4, bob.shapes().size());
    }
}
