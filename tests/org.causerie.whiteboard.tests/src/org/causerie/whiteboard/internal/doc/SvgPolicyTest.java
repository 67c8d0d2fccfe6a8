package org.causerie.whiteboard.internal.doc;

import static org.causerie.whiteboard.internal.doc.Records.attr;
import static org.causerie.whiteboard.internal.doc.Records.element;
import static org.causerie.whiteboard.internal.doc.Records.svgRoot;
import static org.causerie.whiteboard.internal.doc.Records.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.causerie.whiteboard.WhiteboardLimits;
import org.junit.jupiter.api.Test;

/** Hostile SVG is refused with a reason and leaves the board as it was. */
class SvgPolicyTest {

    private final SxeDocument doc = new SxeDocument();
    private final RecordApplier applier = new RecordApplier(doc, new SvgPolicy(new WhiteboardLimits(5, 50, 1000, 3,
            200, 10, 10)));

    private Outcome.Kind apply(SxeRecord r) {
        return applier.apply(r, "mallory", false).kind();
    }

    private void refused(SxeRecord r) {
        int size = doc.size();
        assertEquals(Outcome.Kind.REFUSED, apply(r), r.toString());
        assertEquals(size, doc.size());
    }

    @Test
    void scriptsEventsAndExternalReferencesAreRefused() {
        assertEquals(Outcome.Kind.APPLIED, apply(svgRoot("root")));
        assertEquals(Outcome.Kind.APPLIED, apply(element("img", "root", 1, "image")));
        assertEquals(Outcome.Kind.APPLIED, apply(element("r", "root", 2, "rect")));
        refused(element("s", "root", 3, "script"));
        refused(element("f", "root", 3, "foreignObject"));
        refused(element("u", "root", 3, "use"));
        refused(element("st", "root", 3, "style"));
        refused(element("an", "root", 3, "animate"));
        refused(NewRecord.of("x", NodeType.ELEMENT, new Fields("root", 3, "http://www.w3.org/1999/xhtml", "rect",
                "", "", "")));
        refused(attr("a1", "r", "onclick", "alert(1)"));
        refused(attr("a2", "r", "onload", "x"));
        refused(attr("a3", "r", "style", "fill:url(http://evil/x)"));
        refused(attr("a4", "r", "fill", "url(http://evil/x#p)"));
        refused(attr("a5", "r", "fill", "javascript:alert(1)"));
        refused(attr("a6", "img", "href", "http://evil/x.png"));
        refused(attr("a7", "img", "href", "data:image/svg+xml;base64,PHN2Zz4="));
        refused(attr("a8", "r", "href", "data:image/png;base64,AAAA"));
        refused(NewRecord.of("a9", NodeType.ATTR, new Fields("img", 0, "urn:evil", "href", "x", "", "")));
        refused(attr("a10", "img", "href", "data:image/png;base64," + "A".repeat(200)));
        refused(attr("a11", "r", "d", "M0 0 L1 1 L2 2 L3 3"));
        refused(text("t", "r", 0, "text in a rect"));
        refused(NewRecord.of("pi", NodeType.PROCESSING_INSTRUCTION, new Fields("", 0, "", "", "",
                "xml-stylesheet", "href='http://evil/x.xsl'")));
        refused(element("top", "", 9, "rect"));
        assertEquals(Outcome.Kind.APPLIED, apply(attr("ok1", "r", "fill", "url(#grad)")));
        assertEquals(Outcome.Kind.APPLIED, apply(attr("ok2", "img", "href", "data:image/png;base64,iVBORw0KGgo=")));
        assertEquals(Outcome.Kind.APPLIED, apply(attr("ok3", "r", "stroke", "#ff0000")));
    }

    @Test
    void theLimitsOfTheBoardHold() {
        apply(svgRoot("root"));
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.Kind.APPLIED, apply(element("e" + i, "root", i, "rect")));
        }
        refused(element("e5", "root", 5, "rect"));
        refused(attr("big", "e0", "fill", "x".repeat(1001)));
        assertEquals(Outcome.Kind.APPLIED, apply(attr("w", "e0", "width", "1")));
        refused(SetRecord.chdata("w", 1, "<script>"));
        refused(SetRecord.chdata("w", 1, "a\u0001b"));
        assertEquals(0, doc.node("w").orElseThrow().version());
        assertEquals(List.of("root", "e0", "w", "e1", "e2", "e3"), doc.inTreeOrder().stream().map(Node::rid).toList());
    }

    @Test
    void renamingAnElementIsRefused() {
        apply(svgRoot("root"));
        apply(element("e", "root", 0, "rect"));
        refused(new SetRecord("e", 1, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of("script"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty()));
    }
}
