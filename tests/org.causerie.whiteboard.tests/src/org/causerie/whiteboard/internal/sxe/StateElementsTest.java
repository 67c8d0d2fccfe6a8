package org.causerie.whiteboard.internal.sxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.whiteboard.internal.doc.Fields;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.NodeType;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.junit.jupiter.api.Test;

/**
 * A state's elements written as they are cut: the text sent is what {@link SxeXml} writes for
 * the same element, reads back to the same items, and no element's items exceed the byte bound
 * whatever the text holds (escapes, accents, emoji, a hostile run of quotes).
 */
class StateElementsTest {

    private static final String[] TEXTS = {"plain", "\"'<>&\"'<>&", "café crème", "日本語のテキスト", "🎨🖌️",
        "line\nbreak\ttab", "''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''"};

    @Test
    void elementsStayWithinTheByteBoundAndReadBackAsWritten() {
        Random random = new Random(5);
        List<StateItem> items = new ArrayList<>();
        items.add(new StateItem.DocumentBegin("data:text/xml,%3C"));
        items.add(NewRecord.of("r", NodeType.ELEMENT, new Fields("", 0, "http://www.w3.org/2000/svg", "svg", "", "",
                "")));
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                text.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
            items.add(NewRecord.of("t" + i, NodeType.ATTR, new Fields("r", 0, "", "data-x", text.toString(), "", "")));
        }
        items.add(new StateItem.DocumentEnd("room@muc/alice", "e1"));
        int maxBytes = 20_000;
        AtomicInteger ids = new AtomicInteger();
        List<SxeElement> elements = new ArrayList<>();
        StateElements cutter = new StateElements("s", () -> "c" + ids.incrementAndGet(), 500, maxBytes, elements::add);
        items.forEach(cutter::add);
        cutter.flush();

        assertTrue(elements.size() > 5, "several elements: " + elements.size());
        List<StateItem> read = new ArrayList<>();
        for (SxeElement e : elements) {
            String sent = e.toString();
            assertEquals(SxeXml.write(new SxeElement(e.session(), e.id(), e.payload())), sent, "written once, alike");
            String itemsXml = sent.substring(sent.indexOf("<state>") + 7, sent.lastIndexOf("</state>"));
            int bytes = itemsXml.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= maxBytes, "an element's items in " + bytes + " bytes");
            int count = ((SxePayload.State) e.payload()).items().size();
            assertTrue(count <= 500, count + " items");
            SxeElement back = Sxe.parse(sent);
            assertEquals(List.of(), back.refused());
            assertEquals(e.payload(), back.payload());
            read.addAll(((SxePayload.State) back.payload()).items());
        }
        assertEquals(items, read, "every item, in order");
    }

    @Test
    void anItemLargerThanTheBoundGoesAlone() {
        List<SxeElement> elements = new ArrayList<>();
        StateElements cutter = new StateElements("s", () -> "c", 500, 100, elements::add);
        cutter.add(NewRecord.of("a", NodeType.ATTR, new Fields("r", 0, "", "x", "1", "", "")));
        cutter.add(NewRecord.of("b", NodeType.ATTR, new Fields("r", 0, "", "x", "y".repeat(300), "", "")));
        cutter.add(NewRecord.of("c", NodeType.ATTR, new Fields("r", 0, "", "x", "2", "", "")));
        cutter.flush();
        assertEquals(List.of(1, 1, 1), elements.stream()
                .map(e -> ((SxePayload.State) e.payload()).items().size()).toList());
    }

    @Test
    void theExtraBytesCountedAsWrittenAreExactOutsideSurrogatesAndAnUpperBoundWithThem() {
        for (String text : TEXTS) {
            StringBuilder out = new StringBuilder();
            int extra = SxeXml.item(out, NewRecord.of("t", NodeType.ATTR, new Fields("r", 0, "", "data-x", text, "", "")));
            int real = out.toString().getBytes(StandardCharsets.UTF_8).length;
            if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                assertTrue(out.length() + extra >= real, text);
            } else {
                assertEquals(real, out.length() + extra, text);
            }
        }
    }
}
