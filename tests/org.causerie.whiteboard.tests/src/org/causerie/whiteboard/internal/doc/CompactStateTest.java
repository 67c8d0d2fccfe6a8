package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.junit.jupiter.api.Test;

/**
 * What makes a late joiner's state lighter keeps the board the same: creators named
 * once per shape, SVG initial values left out, and the scanners that replaced regular
 * expressions agree with them (a record one client refuses and another accepts would
 * make their boards differ).
 */
class CompactStateTest {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER.pattern());
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} #%().,+\\-_'\"/]*");
    private static final Pattern PATH = Pattern.compile("[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\\- \\t\\r\\n]*");

    private static BoardModel model(String self) {
        AtomicInteger ids = new AtomicInteger();
        return new BoardModel(Records.SVG, self, () -> self + ids.incrementAndGet());
    }

    private static void confirm(BoardModel model, List<BoardModel.Outgoing> out) {
        out.forEach(o -> model.replica().received("alice", o.id(), o.records(), true));
    }

    @Test
    void aStateNamesACreatorOncePerShapeAndTheJoinerHasEveryCreator() {
        BoardModel alice = model("alice");
        confirm(alice, alice.edit(Edit.Add.of(ShapeKind.RECTANGLE, List.of(new Point(1, 2), new Point(30, 40)),
                new Style("#102030", 3, Optional.of("#ffffff"), 0.5))));
        String rect = alice.shapes().getFirst().id();
        // bob restyles alice's rectangle: the new stroke-width record is bob's
        alice.replica().received("bob", "b1", List.of(new NewRecord("bob1", NodeType.ATTR, 0,
                new Fields(rect, 0, "", "stroke-dasharray", "4", "", ""), Optional.empty(), Optional.empty())), false);
        List<SxeRecord> state = alice.replica().confirmed(StateWriter::records);
        long named = state.stream().filter(r -> r instanceof NewRecord n && n.creator().isPresent()).count();
        assertEquals(3, named, "the root, the rectangle and bob's attribute named; alice's attributes inherit: "
                + state);
        assertTrue(state.stream().anyMatch(r -> r instanceof NewRecord n && n.rid().equals("bob1")
                && n.creator().equals(Optional.of("bob"))), "bob's attribute is named his");

        BoardModel joiner = model("carol");
        assertEquals(List.of(), joiner.replica().history("alice", state).refused());
        for (Node n : alice.replica().document().inTreeOrder()) {
            assertEquals(n.creator(), joiner.replica().document().node(n.rid()).orElseThrow().creator(), n.rid());
        }
        assertEquals(alice.shapes(), joiner.shapes());
        // and what the joiner sends on is the same state
        assertEquals(state, joiner.replica().confirmed(StateWriter::records));
    }

    @Test
    void aStateFromAnOlderClientWithLongRidsAndEveryCreatorIsRead() {
        String root = "0f8e2a3c9b7d4e6f8a1b2c3d4e5f6a7b";
        String rect = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";
        List<SxeRecord> state = List.of(
                new NewRecord(root, NodeType.ELEMENT, 0, new Fields("", 0, SvgPolicy.SVG_NS, "svg", "", "", ""),
                        Optional.of("alice"), Optional.empty()),
                new NewRecord(rect, NodeType.ELEMENT, 0, new Fields(root, 1, SvgPolicy.SVG_NS, "path", "", "", ""),
                        Optional.of("alice"), Optional.empty()),
                new NewRecord("2a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", NodeType.ATTR, 0,
                        new Fields(rect, 0, "", "d", "M 1 2 L 3.5 4 L 5 6", "", ""), Optional.of("alice"),
                        Optional.empty()),
                new NewRecord("3a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", NodeType.ATTR, 0,
                        new Fields(rect, 0, "", "stroke-width", "1", "", ""), Optional.of("bob"), Optional.empty()),
                new NewRecord("4a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", NodeType.ATTR, 0,
                        new Fields(rect, 0, "", "opacity", "1", "", ""), Optional.of(""), Optional.empty()));
        BoardModel joiner = model("carol");
        assertEquals(List.of(), joiner.replica().history("alice", state).refused());
        Shape s = joiner.shapes().getFirst();
        assertEquals(List.of(new Point(1, 2), new Point(3.5, 4), new Point(5, 6)), s.points());
        assertEquals(Optional.of("alice"), s.author());
        SxeDocument doc = joiner.replica().document();
        assertEquals(Optional.of("bob"), doc.node("3a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d").orElseThrow().creator());
        assertEquals(Optional.empty(), doc.node("4a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d").orElseThrow().creator(),
                "creator='' names none");
    }

    @Test
    void initialValuesAreLeftOutAndARestyleToThemRemovesTheAttribute() {
        BoardModel alice = model("alice");
        List<BoardModel.Outgoing> out = alice.edit(Edit.Add.of(ShapeKind.LINE, List.of(new Point(0, 0),
                new Point(5, 5)), new Style("#000000", 1, Optional.empty(), 1)));
        List<String> names = out.getFirst().records().stream().filter(r -> r instanceof NewRecord n
                && n.type() == NodeType.ATTR).map(r -> ((NewRecord) r).fields().name()).toList();
        assertEquals(List.of("x1", "y1", "x2", "y2", "stroke"), names, "no stroke-width 1, opacity 1, fill none");
        confirm(alice, out);
        String id = alice.shapes().getFirst().id();
        confirm(alice, alice.edit(new Edit.Restyle(id, new Style("#ff0000", 4, Optional.empty(), 0.5))));
        assertEquals(new Style("#ff0000", 4, Optional.empty(), 0.5), alice.shapes().getFirst().style());
        confirm(alice, alice.edit(new Edit.Restyle(id, new Style("#ff0000", 1, Optional.empty(), 1))));
        assertEquals(new Style("#ff0000", 1, Optional.empty(), 1), alice.shapes().getFirst().style());
        Node line = alice.replica().document().node(id).orElseThrow();
        assertFalse(line.children().stream().anyMatch(n -> n.fields().name().equals("opacity")
                || n.fields().name().equals("stroke-width")), "restyled back to the initial values");
        confirm(alice, alice.undo());
        assertEquals(new Style("#ff0000", 4, Optional.empty(), 0.5), alice.shapes().getFirst().style());
    }

    @Test
    void pathDataIsWrittenCompactlyAndReadAsBefore() {
        List<Point> points = List.of(new Point(1.25, -2), new Point(300, 4.5));
        assertEquals("M1.25 -2L300 4.5", PathData.format(points));
        assertEquals(points, PathData.parsePath(PathData.format(points)));
        Random random = new Random(11);
        String alphabet = "MmLlHhVvCcSsQqTtAaZz0123456789.,+-eE \t\nx";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String d = text.toString();
            assertEquals(regexCount(d), PathData.countNumbers(d), d);
            assertEquals(regexPath(d), PathData.parsePath(d), d);
            assertEquals(PATH.matcher(d).matches(), SvgPolicy.pathCharacters(d), d);
        }
    }

    @Test
    void plainValuesAreCheckedAsThePatternDid() {
        Random random = new Random(5);
        int[] extra = {'é', 'ß', '²', 'Ⅻ', '٣', ':', ';', '<', '&', '\u200b', '\u00a0', 0x1F600, 0xD800, '*', '=', '@'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(4);
                if (pick == 0) {
                    text.appendCodePoint(extra[random.nextInt(extra.length)]);
                } else {
                    text.append((char) (32 + random.nextInt(95)));
                }
            }
            String v = text.toString();
            assertEquals(PLAIN.matcher(v).matches(), SvgPolicy.plain(v), v);
        }
    }

    private static long regexCount(String d) {
        long count = 0;
        Matcher m = NUMBER.matcher(d);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The path reader as it was, with a regular expression: the reference. */
    private static List<Point> regexPath(String d) {
        List<Point> out = new ArrayList<>();
        List<Double> args = new ArrayList<>();
        char command = 'M';
        double x = 0;
        double y = 0;
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            String t = m.group();
            if (Character.isLetter(t.charAt(0)) && t.length() == 1 && "eE".indexOf(t.charAt(0)) < 0) {
                command = t.charAt(0);
                args.clear();
                continue;
            }
            args.add(PathData.parse(t, 0));
            int arity = PathData.arity(command);
            if (arity == 0 || args.size() < arity) {
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            char c = Character.toUpperCase(command);
            double nx = c == 'V' ? x : args.get(c == 'H' ? 0 : arity - 2);
            double ny = c == 'H' ? y : args.get(arity - 1);
            if (relative) {
                nx = c == 'V' ? x : x + nx;
                ny = c == 'H' ? y : y + ny;
            }
            x = Math.max(-PathData.MAX, Math.min(PathData.MAX, nx));
            y = Math.max(-PathData.MAX, Math.min(PathData.MAX, ny));
            out.add(new Point(x, y));
            args.clear();
            if (c == 'M') {
                command = relative ? 'l' : 'L';
            }
        }
        return out;
    }
}
