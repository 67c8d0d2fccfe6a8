package org.causerie.whiteboard.internal.sxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.Fields;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.NodeType;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.junit.jupiter.api.Test;

/** A snapshot in parts ({@code urn:causerie:whiteboard:snapshot:1}): grouping, writing, and reading whole or not at all. */
class StoredPartsTest {

    private static final String SVG = StoredBoardTest.SVG;
    private static final String GEN = "lz0abc.k3j9x0";

    /** A state transfer of {@code shapes} rectangles cut into elements of at most {@code bytes} bytes of items. */
    static List<SxeElement> state(int shapes, int bytes) {
        List<SxeElement> out = new ArrayList<>();
        int[] ids = {0};
        StateElements cutter = new StateElements("s1", () -> "c" + ids[0]++, 400, bytes, out::add);
        cutter.add(new StateItem.DocumentBegin("data:text/xml,"));
        cutter.add(element("root", Optional.empty(), "svg"));
        for (int i = 0; i < shapes; i++) {
            cutter.add(element("r" + i, Optional.of("root"), "rect"));
            cutter.add(attr("r" + i + "x", "r" + i, "x", Integer.toString(i)));
            cutter.add(attr("r" + i + "w", "r" + i, "width", "é" + i)); // non-ASCII counted as UTF-8
        }
        cutter.add(new StateItem.DocumentEnd("room@muc/alice", "e" + shapes));
        cutter.flush();
        return out;
    }

    private static NewRecord element(String rid, Optional<String> parent, String name) {
        return new NewRecord(rid, NodeType.ELEMENT, 0, new Fields(parent.orElse(""), 1, SVG, name, "", "", ""),
                Optional.of("alice"), Optional.empty());
    }

    private static NewRecord attr(String rid, String parent, String name, String value) {
        return new NewRecord(rid, NodeType.ATTR, 0, new Fields(parent, 0, "", name, value, "", ""),
                Optional.of("alice"), Optional.empty());
    }

    private static StoredBoard.Read read(StoredParts.Written w, long maxBytes) {
        return StoredParts.read(w.head(), w.parts(), "s1", maxBytes, WhiteboardLimits.DEFAULTS);
    }

    @Test
    void thePackedStateIsCutIntoFullPartsUnderTheItemSizeAsTheServerCountsIt() {
        List<SxeElement> chunks = state(2_000, 5_000);
        int max = 4_000;
        StoredParts.Written w = StoredParts.write("s1", GEN, 3, chunks, max);
        assertTrue(w.parts().size() > 5, w.parts().size() + " parts");
        for (int i = 0; i < w.parts().size(); i++) {
            long bytes = StoredParts.serverBytes(w.parts().get(i)) + 32;
            assertTrue(bytes <= max, "part " + i + " counts " + bytes + " bytes on the server");
            assertTrue(i + 1 == w.parts().size() || bytes == max, "every part but the last is full: " + bytes);
        }
        long xml = chunks.stream().mapToLong(c -> StoredParts.utf8(c.toString())).sum();
        assertEquals(xml, w.head().bytes(), "the head names the XML's UTF-8 bytes");
        long packed = w.parts().stream().mapToLong(StoredBoard::bytes).sum();
        assertTrue(packed * 3 < xml, "packed: " + packed + " bytes for " + xml);
        assertEquals(w.head(), StoredParts.head(w.headXml(), "s1", 200, 16_000_000).head().orElseThrow());
    }

    @Test
    void theHeadNamesTheRoomArchivesIdOfTheLastElementWhenTheWriterKnowsIt() {
        StoredParts.Written w = StoredParts.write("s1", GEN, 3, Optional.of("1732259000123456"), state(10, 60_000),
                240_000);
        assertTrue(w.headXml().contains("archive-id='1732259000123456'"), w.headXml());
        StoredParts.Head read = StoredParts.head(w.headXml(), "s1", 200, 16_000_000).head().orElseThrow();
        assertEquals("1732259000123456", read.archiveId());
        assertEquals(w.head(), read);
        StoredParts.Written none = StoredParts.write("s1", GEN, 3, state(10, 60_000), 240_000);
        assertFalse(none.headXml().contains("archive-id"), none.headXml());
        assertEquals("", StoredParts.head(none.headXml(), "s1", 200, 16_000_000).head().orElseThrow().archiveId());
        String tooLong = w.headXml().replace("1732259000123456", "x".repeat(StoredParts.Head.MAX_ARCHIVE_ID + 1));
        assertEquals("", StoredParts.head(tooLong, "s1", 200, 16_000_000).head().orElseThrow().archiveId(),
                "an archive id over the bound is ignored, the head still reads");
    }

    @Test
    void aSmallStateIsOnePartAndAnItemTooSmallForAPartIsRefusedToTheWriter() {
        assertEquals(1, StoredParts.write("s1", GEN, 0, state(10, 60_000), 240_000).parts().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoredParts.write("s1", GEN, 0, state(10, 60_000), 150));
        assertTrue(e.getMessage().contains("an item of 150 bytes cannot hold a part"), e.getMessage());
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameStateTransfer() {
        List<SxeElement> chunks = state(1_000, 5_000);
        StoredParts.Written w = StoredParts.write("s1", GEN, 3, chunks, 2_000);
        StoredBoard.Decoded d = read(w, 16_000_000).snapshot().orElseThrow();
        List<StateItem> items = chunks.stream().flatMap(c -> ((SxePayload.State) c.payload()).items().stream())
                .toList();
        assertEquals(items.subList(1, items.size() - 1), d.records());
        assertEquals(new StateItem.DocumentEnd("room@muc/alice", "e1000"), d.end());
    }

    @Test
    void aSnapshotIsRefusedWholeWhenAnyPartIsWrong() {
        StoredParts.Written w = StoredParts.write("s1", GEN, 3, state(1_000, 5_000), 2_000);
        List<String> parts = w.parts();
        assertTrue(parts.size() > 4, parts.size() + " parts");
        StoredParts.Written other = StoredParts.write("s1", "lz0abd.zzzzzz", 3, state(1_000, 5_000), 2_000);

        List<String> foreign = new ArrayList<>(parts);
        foreign.set(2, other.parts().get(2));
        assertRefused(w.head(), foreign, "part 2: part 2 of generation lz0abd.zzzzzz");

        List<String> swapped = new ArrayList<>(parts);
        swapped.set(1, parts.get(2));
        swapped.set(2, parts.get(1));
        assertRefused(w.head(), swapped, "part 1: part 2 of generation " + GEN);

        assertRefused(w.head(), parts.subList(0, parts.size() - 1), "parts where the head names");
        StoredParts.Head shorter = new StoredParts.Head(GEN, parts.size() - 1, w.head().bytes(), 3);
        assertRefused(shorter, parts.subList(0, parts.size() - 1), "ends early");
        StoredParts.Head lying = new StoredParts.Head(GEN, parts.size(), 100, 3);
        assertRefused(lying, parts, "the head names 100 bytes, the parts hold");

        List<String> garbled = new ArrayList<>(parts);
        garbled.set(1, parts.get(1).replaceFirst("'>[A-Za-z0-9+/]{40}", "'>" + "A".repeat(40)));
        assertRefused(w.head(), garbled, "");

        List<String> notBase64 = new ArrayList<>(parts);
        notBase64.set(1, parts.get(1).replaceFirst("'>", "'>*"));
        assertRefused(w.head(), notBase64, "not base64");

        List<String> broken = new ArrayList<>(parts);
        broken.set(0, parts.get(0).substring(0, parts.get(0).length() - 20));
        assertRefused(w.head(), broken, "part 0: not well-formed");

        String tooBig = read(w, w.head().bytes() - 1).refusal();
        assertTrue(tooBig.contains("over the limit"), tooBig);
    }

    @Test
    void whatThePartsHoldIsCheckedAsAStoredBoardIs() {
        String bad = StoredBoardTest.FIRST.replace("rid='r1x'", "rid='r1x' version='-1'") + StoredBoardTest.SECOND;
        assertTrue(read(packed(bad), 16_000_000).refusal().contains("left out"), "a record the parser leaves out");
        String noEnd = StoredBoardTest.FIRST;
        assertTrue(read(packed(noEnd), 16_000_000).refusal().contains("not one state transfer"));
        assertTrue(read(packed("<sxe"), 16_000_000).refusal().contains("not well-formed"));
        assertTrue(read(packed(StoredBoardTest.FIRST + StoredBoardTest.SECOND), 16_000_000).snapshot().isPresent());
    }

    @Test
    void aPackedBombStopsAtTheLimit() {
        String bomb = StoredBoardTest.FIRST + " ".repeat(3_000_000) + StoredBoardTest.SECOND;
        StoredParts.Written w = packed(bomb);
        assertTrue(w.parts().getFirst().length() < 10_000, "3 MB of spaces pack small");
        String refusal = read(w, 1_000_000).refusal();
        assertTrue(refusal.contains("more than 1000000 bytes, over the limit"), refusal);
    }

    /** @return one part holding literal XML, packed as Causerie packs it, and its head */
    private static StoredParts.Written packed(String xml) {
        byte[] utf8 = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String part = "<part xmlns='" + StoredParts.NAMESPACE + "' session='s1' generation='" + GEN + "' index='0'>"
                + Packing.pack(utf8) + "</part>";
        return new StoredParts.Written(new StoredParts.Head(GEN, 1, utf8.length, 3), "", List.of(part));
    }

    @Test
    void aHeadIsRefusedWhenItNamesTooManyPartsOrBytesOrAnotherSession() {
        String head = "<board xmlns='urn:causerie:whiteboard:snapshot:1' session='s1' generation='" + GEN
                + "' parts='%d' bytes='%d' seq='7'/>";
        assertTrue(StoredParts.head(String.format(head, 3, 1000), "s1", 200, 16_000_000).head().isPresent());
        assertHeadRefused(String.format(head, 201, 1000), "201 parts, over the limit of 200");
        assertHeadRefused(String.format(head, 0, 1000), "0 parts");
        assertHeadRefused(String.format(head, 3, 16_000_001), "16000001 bytes, over the limit of 16000000");
        assertHeadRefused(String.format(head, 3, 10).replace("'s1'", "'s2'"), "session s2, not s1");
        assertHeadRefused(String.format(head, 3, 10).replace(GEN, "../x"), "generation '../x'");
        assertHeadRefused(String.format(head, 3, 10).replace("'7'", "'9007199254740993'"), "seq 9007199254740993");
        assertHeadRefused("<board xmlns='urn:causerie:whiteboard:snapshot:0' session='s1'/>", "not a snapshot head");
        assertHeadRefused("<board", "not well-formed");
    }

    @Test
    void theHighestSeqIsTheNewestHeadThenTheGeneration() {
        StoredParts.Head a = new StoredParts.Head("lz0abc.aaaaaa", 1, 1, 5);
        StoredParts.Head b = new StoredParts.Head("lz0abb.aaaaaa", 1, 1, 6);
        StoredParts.Head c = new StoredParts.Head("lz0abd.aaaaaa", 1, 1, 6);
        assertEquals(c, java.util.stream.Stream.of(a, b, c).max(StoredParts.Head::compareTo).orElseThrow());
        assertTrue(a.compareTo(b) < 0, "a write that saw another comes after it, whatever the clocks");
    }

    @Test
    void partIdsNameTheirGeneration() {
        StoredParts.Head head = new StoredParts.Head(GEN, 3, 10, 0);
        assertEquals(List.of(GEN + "-0", GEN + "-1", GEN + "-2"), head.partIds());
        assertEquals(Optional.of(GEN), StoredParts.Head.generationOf(GEN + "-12"));
        assertEquals(Optional.empty(), StoredParts.Head.generationOf("current"));
        assertEquals(Optional.empty(), StoredParts.Head.generationOf("e1f2-3"));
    }

    private static void assertRefused(StoredParts.Head head, List<String> parts, String why) {
        StoredBoard.Read read = StoredParts.read(head, parts, "s1", 16_000_000, WhiteboardLimits.DEFAULTS);
        assertTrue(read.snapshot().isEmpty(), "refused");
        assertTrue(read.refusal().contains(why), read.refusal());
    }

    private static void assertHeadRefused(String xml, String why) {
        StoredParts.HeadRead read = StoredParts.head(xml, "s1", 200, 16_000_000);
        assertTrue(read.head().isEmpty(), xml);
        assertTrue(read.refusal().contains(why), read.refusal());
    }
}
