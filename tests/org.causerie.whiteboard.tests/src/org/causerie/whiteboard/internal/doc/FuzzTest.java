package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.sxe.Sxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.junit.jupiter.api.Test;

/**
 * Seeded random input for the record parser and the applier, a fixed number of
 * rounds (a few seconds in CI): nothing throws, the board keeps its invariants
 * and its limits, the same records give the same board, and a journal takes
 * everything back.
 */
class FuzzTest {

    static final WhiteboardLimits SMALL = new WhiteboardLimits(40, 400, 2_000, 50, 500, 10, 10);
    static final String[] NAMES = {"new", "set", "remove", "document-begin", "document-end", "script", "new", "set"};
    static final String[] ATTRS = {"type", "rid", "parent", "target", "version", "primary-weight", "ns", "name",
        "chdata", "replacefrom", "replacen", "pitarget", "pidata", "creator", "onload", "last-id"};
    static final String[] TYPES = {"element", "attr", "text", "comment", "processinginstruction", "bogus", ""};
    static final String[] ELEMENT_NAMES = {"svg", "g", "rect", "path", "text", "image", "script", "foreignObject",
        "line", "ellipse"};
    static final String[] ATTR_NAMES = {"x", "y", "d", "fill", "stroke", "href", "onclick", "style", "width"};
    static final String[] HOSTILE = {"javascript:alert(1)", "url(http://evil/)", "url(#ok)", "data:image/png;base64,AA==",
        "http://evil/x.png", "M0 0 L1 1", "#ff0000", "INF", "NaN", "-1", "99999999999", "1e39", "0.5", "", " ",
        "\u00e9\ud83d\ude00", "a\nb", "<script>", "&amp;", "x".repeat(3000)};

    @Test
    void randomElementsNeverBreakTheParserOrTheBoard() {
        Random random = new Random(20260101L);
        for (int round = 0; round < 700; round++) {
            List<String> rids = new ArrayList<>(List.of("r0", "r1", "r2", "r3"));
            Replica replica = new Replica(new SvgPolicy(SMALL), "me");
            for (int e = 0; e < 6; e++) {
                SxeElement element = Sxe.parse(randomXml(random, rids), SMALL);
                if (element.payload() instanceof SxePayload.State state) {
                    List<SxeRecord> records = state.items().stream().filter(SxeRecord.class::isInstance)
                            .map(SxeRecord.class::cast).toList();
                    replica.received("room@muc/x" + random.nextInt(3), "id" + e, records, false);
                }
                invariants(replica.document());
            }
        }
    }

    @Test
    void randomRecordsGiveTheSameBoardTwiceAndRollBackCleanly() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            List<SxeRecord> records = new ArrayList<>();
            List<String> rids = new ArrayList<>(List.of("root"));
            records.add(Records.svgRoot("root"));
            for (int i = 0; i < 120; i++) {
                records.add(randomRecord(random, rids));
            }
            SxeDocument a = apply(records, new SxeDocument());
            SxeDocument b = apply(records, new SxeDocument());
            assertEquals(StateWriter.records(a), StateWriter.records(b), "round " + round);
            invariants(a);

            List<SxeRecord> before = StateWriter.records(a);
            a.openJournal();
            apply(records.subList(1, records.size()), a);
            apply(List.of(randomRecord(random, rids), new RemoveRecord("root")), a);
            a.rollBack();
            assertEquals(before, StateWriter.records(a), "round " + round);

            SxeDocument c = new SxeDocument();
            RecordApplier applier = new RecordApplier(c, new SvgPolicy(SMALL));
            before.forEach(r -> applier.apply(r, "state", true));
            assertEquals(before, StateWriter.records(c), "a state transfer rebuilds round " + round);
        }
    }

    private static SxeDocument apply(List<SxeRecord> records, SxeDocument doc) {
        RecordApplier applier = new RecordApplier(doc, new SvgPolicy(SMALL));
        records.forEach(r -> applier.apply(r, "room@muc/x", false));
        return doc;
    }

    static void invariants(SxeDocument doc) {
        assertTrue(doc.elementCount() <= SMALL.maxElements(), "elements " + doc.elementCount());
        assertTrue(doc.size() <= SMALL.maxNodes(), "records " + doc.size());
        assertTrue(doc.topLevel().stream().filter(n -> n.type() == NodeType.ELEMENT).count() <= 1, "roots");
        List<Node> all = doc.inTreeOrder();
        assertEquals(doc.size(), all.size(), "every record is reachable from the top");
        for (Node n : all) {
            if (!n.fields().parent().isEmpty()) {
                Node parent = doc.node(n.fields().parent()).orElseThrow();
                assertEquals(NodeType.ELEMENT, parent.type());
                assertTrue(parent.children().contains(n));
            }
            assertTrue(n.type() != NodeType.PROCESSING_INSTRUCTION);
        }
        new ShapeReader().read(doc);
    }

    private static String randomXml(Random random, List<String> rids) {
        StringBuilder xml = new StringBuilder("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='i'>");
        xml.append(random.nextInt(10) == 0 ? "<connect/>" : "<state>");
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            xml.append('<').append(name);
            for (String attr : ATTRS) {
                if (random.nextInt(3) == 0) {
                    xml.append(' ').append(attr).append("='").append(escape(value(random, attr, rids))).append('\'');
                }
            }
            xml.append("/>");
        }
        return xml.append(xml.indexOf("<connect/>") > 0 ? "</sxe>" : "</state></sxe>").toString();
    }

    private static String value(Random random, String attr, List<String> rids) {
        if (random.nextInt(4) == 0) {
            return HOSTILE[random.nextInt(HOSTILE.length)];
        }
        return switch (attr) {
            case "type" -> TYPES[random.nextInt(TYPES.length)];
            case "rid" -> {
                String rid = "r" + random.nextInt(12);
                rids.add(rid);
                yield rid;
            }
            case "parent", "target" -> rids.get(random.nextInt(rids.size()));
            case "version", "replacefrom", "replacen" -> Integer.toString(random.nextInt(5));
            case "primary-weight" -> Float.toString(random.nextInt(7) - 3 + random.nextInt(2) / 2f);
            case "name" -> random.nextBoolean() ? ELEMENT_NAMES[random.nextInt(ELEMENT_NAMES.length)]
                    : ATTR_NAMES[random.nextInt(ATTR_NAMES.length)];
            case "ns" -> random.nextBoolean() ? "" : SvgPolicy.SVG_NS;
            default -> "v" + random.nextInt(5);
        };
    }

    private static SxeRecord randomRecord(Random random, List<String> rids) {
        String target = rids.get(random.nextInt(rids.size()));
        int dice = random.nextInt(10);
        if (dice < 5) {
            String rid = "n" + random.nextInt(200);
            rids.add(rid);
            boolean element = random.nextBoolean();
            String name = element ? ELEMENT_NAMES[random.nextInt(ELEMENT_NAMES.length)]
                    : ATTR_NAMES[random.nextInt(ATTR_NAMES.length)];
            return NewRecord.of(rid, element ? NodeType.ELEMENT : NodeType.ATTR, new Fields(random.nextInt(8) == 0
                    ? "" : target, random.nextInt(5), "", name, element ? "" : HOSTILE[random.nextInt(HOSTILE.length)],
                    "", ""));
        }
        if (dice < 7) {
            return SetRecord.chdata(target, random.nextInt(4), HOSTILE[random.nextInt(HOSTILE.length)]);
        }
        if (dice < 8) {
            return Records.parent(target, random.nextInt(4), rids.get(random.nextInt(rids.size())));
        }
        if (dice < 9) {
            return SetRecord.weight(target, random.nextInt(4), random.nextInt(5) - 2);
        }
        return new RemoveRecord(target);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
    }

}
