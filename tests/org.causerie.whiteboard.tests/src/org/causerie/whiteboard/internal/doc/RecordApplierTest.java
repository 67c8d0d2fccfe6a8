package org.causerie.whiteboard.internal.doc;

import static org.causerie.whiteboard.internal.doc.Records.ANY;
import static org.causerie.whiteboard.internal.doc.Records.attr;
import static org.causerie.whiteboard.internal.doc.Records.element;
import static org.causerie.whiteboard.internal.doc.Records.parent;
import static org.causerie.whiteboard.internal.doc.Records.text;
import static org.causerie.whiteboard.internal.doc.Records.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** XEP-0284 §10.3–§10.6, applied by the rules (the printed examples that contradict them are noted). */
class RecordApplierTest {

    private final SxeDocument doc = new SxeDocument();
    private final RecordApplier applier = new RecordApplier(doc, ANY);

    private Outcome live(SxeRecord r) {
        return applier.apply(r, "room@muc/alice", false);
    }

    private void all(SxeRecord... records) {
        for (SxeRecord r : records) {
            assertEquals(Outcome.Kind.APPLIED, live(r).kind(), r.toString());
        }
    }

    @Test
    void theExampleSetOfRecordsGivesTheExampleDocument() {
        // §10.3 "Example set of records": equal primary weights (3.4) fall back to the rids.
        all(element("GUID0", "", 0, "svg"), element("GUID1", "GUID0", 0, "path"),
                attr("GUID2", "GUID1", "d", "M10 10L20 20L20 10Z"), element("GUID9", "GUID0", 3.4f, "g"),
                element("GUID5", "GUID0", 3.4f, "circle"), attr("GUID6", "GUID5", "cx", "10"),
                attr("GUID7", "GUID5", "cy", "20"), attr("GUID8", "GUID5", "r", "5"));
        assertEquals("<svg><path d='M10 10L20 20L20 10Z'></path><circle cx='10' cy='20' r='5'></circle><g></g></svg>",
                xml(doc));
    }

    @Test
    void aSetWithTheNextVersionChangesTheRecord() {
        all(element("e", "", 0, "p"), text("t", "e", 0, "Royal Musings"));
        assertEquals(Outcome.Kind.APPLIED, live(SetRecord.chdata("t", 1, "It's good to be the king!")).kind());
        assertEquals(1, doc.node("t").orElseThrow().version());
        assertEquals("<p>It's good to be the king!</p>", xml(doc));
    }

    @Test
    void concurrentSetsToOneRecordUndoEachOther() {
        // §10.6.2: two clients both send version 1; the second to arrive makes version 2 with
        // version 0's fields. The XEP's "Another edit" example sends set GUID5 version 1 twice and
        // prints the second text as the result; by the rules both edits are undone: tested here.
        all(element("e", "", 0, "p"), text("t", "e", 0, "v0"));
        all(SetRecord.chdata("t", 1, "alice"));
        assertEquals(Outcome.Kind.REVERTED, live(SetRecord.chdata("t", 1, "bob")).kind());
        assertEquals("<p>v0</p>", xml(doc));
        assertEquals(2, doc.node("t").orElseThrow().version());
        // A later edit based on version 2 applies.
        all(SetRecord.chdata("t", 3, "carol"));
        assertEquals("<p>carol</p>", xml(doc));
        // A stale edit naming version 2 puts back version 1's fields (alice's), as the rule says.
        assertEquals(Outcome.Kind.REVERTED, live(SetRecord.chdata("t", 2, "dave")).kind());
        assertEquals("<p>alice</p>", xml(doc));
        assertEquals(4, doc.node("t").orElseThrow().version());
    }

    @Test
    void inAStateTransferTheVersionIsTakenFromTheSet() {
        all(element("e", "", 0, "p"));
        assertEquals(Outcome.Kind.APPLIED, applier.apply(text("t", "e", 0, "a"), "host", true).kind());
        assertEquals(Outcome.Kind.APPLIED, applier.apply(SetRecord.chdata("t", 5, "b"), "host", true).kind());
        assertEquals(5, doc.node("t").orElseThrow().version());
        assertEquals("<p>b</p>", xml(doc));
    }

    @Test
    void replaceChangesPartOfTheTextInCodePoints() {
        all(element("e", "", 0, "p"), text("t", "e", 0, "The 😀 title goes here."));
        all(new SetRecord("t", 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("X"), Optional.empty(), Optional.empty(), OptionalInt.of(4), OptionalInt.of(1)));
        assertEquals("<p>The X title goes here.</p>", xml(doc));
        Outcome outside = live(new SetRecord("t", 2, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("X"), Optional.empty(), Optional.empty(), OptionalInt.of(30),
                OptionalInt.of(1)));
        assertEquals(Outcome.Kind.REFUSED, outside.kind());
        assertEquals(1, doc.node("t").orElseThrow().version(), "a refused set does not count");
    }

    @Test
    void orphansDuplicatesAndCyclesAreRefused() {
        all(element("r", "", 0, "svg"), element("a", "r", 1, "g"), element("b", "a", 1, "g"));
        assertEquals(Outcome.Kind.REFUSED, live(element("c", "nowhere", 0, "g")).kind());
        assertEquals(Outcome.Kind.REFUSED, live(element("a", "r", 5, "g")).kind());
        assertEquals(Outcome.Kind.REFUSED, live(parent("a", 1, "b")).kind());
        assertEquals(Outcome.Kind.REFUSED, live(parent("a", 1, "a")).kind());
        assertEquals(Outcome.Kind.REFUSED, live(attr("x", "y", "cx", "1")).kind());
        all(attr("at", "a", "cx", "1"));
        assertEquals(Outcome.Kind.REFUSED, live(element("under-attr", "at", 0, "g")).kind());
        assertEquals("<svg><g cx='1'><g></g></g></svg>", xml(doc));
    }

    @Test
    void theFirstRootStaysAndOfTwoSameNamedAttributesTheLowerWeightGoes() {
        all(element("m", "", 1, "svg"), element("child", "m", 0, "g"));
        // §10.3 rule 1 would let "z" (higher weight) replace "m" and everything in it: one hostile
        // record would wipe the board. Causerie refuses any second root (docs/whiteboard.md).
        assertEquals(Outcome.Kind.REFUSED, live(element("a", "", 1, "svg")).kind());
        assertEquals(Outcome.Kind.REFUSED, live(element("z", "", 1, "svg")).kind());
        assertTrue(doc.node("m").isPresent() && doc.node("child").isPresent());
        all(attr("k2", "m", "width", "1"));
        assertEquals(Outcome.Kind.REFUSED, live(attr("k1", "m", "width", "2")).kind());
        all(attr("k3", "m", "width", "3"));
        assertEquals("<svg width='3'><g></g></svg>", xml(doc));
    }

    @Test
    void removingANodeRemovesEverythingBelowIt() {
        all(element("r", "", 0, "svg"), element("g", "r", 0, "g"), element("p", "g", 0, "path"),
                attr("d", "p", "d", "M0 0"));
        all(new RemoveRecord("g"));
        assertEquals(List.of("r"), doc.inTreeOrder().stream().map(Node::rid).toList());
        assertEquals(Outcome.Kind.IGNORED, live(new RemoveRecord("p")).kind());
        assertEquals(Outcome.Kind.IGNORED, live(SetRecord.chdata("d", 1, "x")).kind());
    }

    @Test
    void aJournalTakesEverythingBack() {
        all(element("r", "", 0, "svg"), element("a", "r", 1, "g"), attr("w", "a", "width", "1"));
        String before = xml(doc);
        doc.openJournal();
        all(element("b", "r", 0, "g"), SetRecord.chdata("w", 1, "9"), SetRecord.weight("a", 1, -1),
                new RemoveRecord("a"), new RemoveRecord("r"), element("z", "", 5, "svg"));
        doc.rollBack();
        assertEquals(before, xml(doc));
        assertEquals(0, doc.node("w").orElseThrow().version());
        assertEquals(3, doc.size());
        assertEquals(2, doc.elementCount());
    }
}
