package org.causerie.whiteboard.internal.sxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.SetRecord;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.junit.jupiter.api.Test;

/** The stored snapshot ({@code <board xmlns='urn:causerie:whiteboard:snapshot:0'/>}) from literal XML. */
class StoredBoardTest {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String FIRST = "<sxe xmlns='urn:xmpp:sxe:0' session='s1' id='c1'><state>"
            + "<document-begin prolog='data:text/xml,'/>"
            + "<new type='element' rid='root' name='svg' ns='" + SVG + "' primary-weight='0' creator='alice'/>"
            + "<new type='element' rid='r1' parent='root' name='rect' ns='" + SVG + "' primary-weight='1' creator='bob'/>"
            + "<new type='attr' rid='r1x' parent='r1' name='x' chdata='5' creator='bob'/>"
            + "<new type='attr' rid='r1y' parent='r1' name='y' chdata='6' creator='bob'/>"
            + "<new type='attr' rid='r1w' parent='r1' name='width' chdata='30' creator='bob'/>"
            + "<new type='attr' rid='r1h' parent='r1' name='height' chdata='20' creator='bob'/>"
            + "</state></sxe>";
    static final String SECOND = "<sxe xmlns='urn:xmpp:sxe:0' session='s1' id='c2'><state>"
            + "<set target='r1x' version='1' chdata='7'/>"
            + "<document-end last-sender='room@conference.localhost/bob' last-id='e9'/></state></sxe>";
    static final String SNAPSHOT = "<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s1'>" + FIRST + SECOND
            + "</board>";

    static StoredBoard.Read read(String xml) {
        return StoredBoard.read(xml, "s1", 240_000, WhiteboardLimits.DEFAULTS);
    }

    static String refusal(String xml) {
        StoredBoard.Read read = read(xml);
        assertTrue(read.snapshot().isEmpty(), "refused: " + xml);
        return read.refusal();
    }

    @Test
    void aSnapshotInTwoElementsReadsAsOneStateTransfer() {
        StoredBoard.Decoded d = read(SNAPSHOT).snapshot().orElseThrow();
        assertEquals("s1", d.session());
        assertEquals(new StateItem.DocumentEnd("room@conference.localhost/bob", "e9"), d.end());
        assertEquals(7, d.records().size());
        NewRecord rect = (NewRecord) d.records().get(1);
        assertEquals("r1", rect.rid());
        assertEquals(java.util.Optional.of("bob"), rect.creator());
        SetRecord set = (SetRecord) d.records().get(6);
        assertEquals("r1x", set.rid());
    }

    @Test
    void recordsHandedOnAsTheyAreReadAreTheSameAndAFlawIsStillReported() {
        List<List<org.causerie.whiteboard.internal.doc.SxeRecord>> batches = new java.util.ArrayList<>();
        StoredBoard.Read read = StoredBoard.read(SNAPSHOT, "s1", 240_000, WhiteboardLimits.DEFAULTS,
                java.util.Optional.of(batches::add));
        StoredBoard.Decoded d = read.snapshot().orElseThrow();
        assertEquals(List.of(), d.records(), "handed on, not kept");
        assertEquals(new StateItem.DocumentEnd("room@conference.localhost/bob", "e9"), d.end());
        assertEquals(List.of(6, 1), batches.stream().map(List::size).toList(), "one batch per element");
        assertEquals(read(SNAPSHOT).snapshot().orElseThrow().records(),
                batches.stream().flatMap(List::stream).toList());

        batches.clear();
        StoredBoard.Read noEnd = StoredBoard.read(SNAPSHOT.replace(
                "<document-end last-sender='room@conference.localhost/bob' last-id='e9'/>", ""), "s1", 240_000,
                WhiteboardLimits.DEFAULTS, java.util.Optional.of(batches::add));
        assertTrue(noEnd.refusal().startsWith("not one state transfer"), noEnd.refusal());
    }

    @Test
    void whatCauserieWritesReadsBack() {
        List<SxeElement> chunks = List.of(Sxe.parse(FIRST), Sxe.parse(SECOND));
        String xml = StoredBoard.write("s1", chunks);
        assertTrue(xml.startsWith("<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s1'><sxe"), xml);
        assertEquals(read(SNAPSHOT).snapshot(), read(xml).snapshot());
        assertEquals(xml.length(), StoredBoard.bytes(xml), "ASCII: one byte per character");
    }

    @Test
    void anotherElementNamespaceOrSessionIsRefused() {
        assertTrue(refusal(SNAPSHOT.replace("<board xmlns='urn:causerie:whiteboard:snapshot:0'",
                "<board xmlns='urn:example:other'")).startsWith("not a board snapshot"));
        assertTrue(refusal(SNAPSHOT.replace("<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s1'",
                "<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s2'")).contains("session s2"));
        assertTrue(refusal(SNAPSHOT.replace("session='s1' id='c2'", "session='s2' id='c2'"))
                .contains("not a state of session s1"));
        assertTrue(refusal(SNAPSHOT.replace(FIRST, FIRST + "<script xmlns='" + SVG + "'/>"))
                .contains("a script element"));
    }

    @Test
    void anIncompleteStateTransferIsRefused() {
        assertTrue(refusal(SNAPSHOT.replace("<document-end last-sender='room@conference.localhost/bob' last-id='e9'/>",
                "")).startsWith("not one state transfer"));
        assertTrue(refusal(SNAPSHOT.replace("<document-begin prolog='data:text/xml,'/>", ""))
                .startsWith("not one state transfer"));
        assertTrue(refusal(SNAPSHOT.replace("<set target='r1x'", "<document-begin prolog=''/><set target='r1x'"))
                .contains("inside the state"));
        assertTrue(refusal("<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s1'/>")
                .startsWith("not one state transfer"));
    }

    @Test
    void aMalformedOrOversizedRecordRefusesTheWholeSnapshot() {
        assertTrue(refusal(SNAPSHOT.replace("rid='r1y' ", "")).startsWith("left out:"));
        assertTrue(refusal(SNAPSHOT.replace("primary-weight='1'", "primary-weight='NaN'")).startsWith("left out:"));
        WhiteboardLimits small = new WhiteboardLimits(100, 1000, 256, 100, 100, 500, 5000);
        String big = SNAPSHOT.replace("chdata='30'", "chdata='" + "3".repeat(300) + "'");
        StoredBoard.Read read = StoredBoard.read(big, "s1", 240_000, small);
        assertTrue(read.refusal().startsWith("left out: a new of"), read.refusal());
    }

    @Test
    void aSnapshotOverTheSizeLimitOrNotWellFormedIsRefused() {
        String r = StoredBoard.read(SNAPSHOT, "s1", SNAPSHOT.length() - 1, WhiteboardLimits.DEFAULTS).refusal();
        assertEquals("a snapshot of " + SNAPSHOT.length() + " bytes, over the limit of " + (SNAPSHOT.length() - 1), r);
        String emoji = SNAPSHOT.replace("chdata='7'", "chdata='" + "\uD83D\uDE00".repeat(10) + "'");
        assertTrue(StoredBoard.read(emoji, "s1", emoji.length() + 10, WhiteboardLimits.DEFAULTS).refusal()
                .contains("bytes, over the limit"), "UTF-8 bytes count, not characters");
        assertTrue(refusal(SNAPSHOT.substring(0, SNAPSHOT.length() - 20)).startsWith("not well-formed")
                || refusal(SNAPSHOT.substring(0, SNAPSHOT.length() - 20)).startsWith("the snapshot ends early"));
    }
}
