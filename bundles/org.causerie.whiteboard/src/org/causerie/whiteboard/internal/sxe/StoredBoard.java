package org.causerie.whiteboard.internal.sxe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;

/**
 * A board's snapshot as stored in one item by Causerie before snapshots were split
 * ({@link StoredParts} now; this format is still read) (docs/whiteboard.md, "Persistence"):
 * {@code <board xmlns='urn:causerie:whiteboard:snapshot:0' session='…'>} holding
 * the {@code <sxe/>} elements of one complete state transfer (XEP-0284 §8.4):
 * {@code document-begin} first, the records with their version windows,
 * {@code document-end} naming the last element the snapshot includes.
 *
 * <p>Reading is all or nothing: a snapshot over the size limit, in another
 * session, not one complete state transfer, or with anything the
 * {@link SxeProvider} leaves out, is refused as a whole, with the reason.
 */
public final class StoredBoard {

    public static final String NAMESPACE = "urn:causerie:whiteboard:snapshot:0";
    public static final String ELEMENT = "board";
    /** Elements a snapshot may hold (each at most {@link SxeProvider#MAX_ITEMS} items). */
    public static final int MAX_CHUNKS = 1_000;
    /** The optional attribute naming the room archive's id of the snapshot's last element. */
    public static final String ARCHIVE_ID = "archive-id";

    /** A snapshot read: the state's records and its {@code document-end}. */
    public record Decoded(String session, List<SxeRecord> records, StateItem.DocumentEnd end) {
        public Decoded {
            records = List.copyOf(records);
        }
    }

    /** What reading gave: the snapshot, or why it was refused. */
    public record Read(Optional<Decoded> snapshot, String refusal) {

        static Read refused(String why) {
            return new Read(Optional.empty(), why);
        }
    }

    private StoredBoard() {
    }

    /** @return a snapshot of the old single-item format (Causerie now writes {@link StoredParts}; tests write this) */
    public static String write(String session, List<SxeElement> chunks) {
        return write(session, Optional.empty(), chunks);
    }

    /**
     * @param archiveId the room archive's id (XEP-0359 stanza-id) of the last element the state includes,
     *        written as the optional {@value #ARCHIVE_ID} attribute
     * @return the XML stored for a state transfer's elements (as {@code StateChunks} cuts them)
     */
    public static String write(String session, Optional<String> archiveId, List<SxeElement> chunks) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<board xmlns='").append(NAMESPACE).append('\'');
        SxeXml.attribute(out, "session", session);
        archiveId.ifPresent(a -> SxeXml.attribute(out, ARCHIVE_ID, a));
        out.append('>');
        chunks.forEach(c -> out.append(c.toString())); // written once (StateElements)
        return out.append("</board>").toString();
    }

    /**
     * @return the {@value #ARCHIVE_ID} attribute of a stored snapshot's {@code <board>} (absent in snapshots
     *         written before it, or by a board that saw no archived element), empty when unreadable
     */
    public static Optional<String> archiveId(String xml) {
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            return Optional.ofNullable(parser.getAttributeValue("", ARCHIVE_ID)).filter(s -> !s.isEmpty());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** @return the size the server counts: UTF-8 bytes */
    public static int bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Reads a stored snapshot.
     *
     * @param session the board's session: a snapshot of another is refused
     * @param maxBytes the largest snapshot accepted, in UTF-8 bytes
     */
    public static Read read(String xml, String session, int maxBytes, WhiteboardLimits limits) {
        return read(xml, session, maxBytes, limits, Optional.empty());
    }

    /**
     * Reads a stored snapshot, handing its records on as they are read when {@code handOn} is given
     * (then the {@link Decoded} has none: some may have been handed on before a refusal).
     */
    public static Read read(String xml, String session, int maxBytes, WhiteboardLimits limits,
            Optional<Consumer<List<SxeRecord>>> handOn) {
        if (xml.length() > maxBytes || 3L * xml.length() > maxBytes && bytes(xml) > maxBytes) {
            return Read.refused("a snapshot of " + bytes(xml) + " bytes, over the limit of " + maxBytes);
        }
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            if (!ELEMENT.equals(parser.getName()) || !NAMESPACE.equals(parser.getNamespace())) {
                return Read.refused("not a board snapshot: " + parser.getName() + " in " + parser.getNamespace());
            }
            String stored = parser.getAttributeValue("", "session");
            if (!session.equals(stored)) {
                return Read.refused("a snapshot of session " + stored + ", not " + session);
            }
            StateTransfer transfer = new StateTransfer(handOn);
            Optional<String> wrong = chunks(parser, session, new SxeProvider(limits), transfer, new AtomicInteger());
            return wrong.map(Read::refused).orElseGet(() -> transfer.result(session));
        } catch (Exception e) {
            return Read.refused("not well-formed: " + e.getMessage());
        }
    }

    /** @return the {@code <sxe/>} elements of a state transfer (XML, one after the other) read as a snapshot */
    static Read readElements(String elements, String session, WhiteboardLimits limits,
            Optional<Consumer<List<SxeRecord>>> handOn) {
        StringBuilder xml = new StringBuilder(elements.length() + 200);
        xml.append("<board xmlns='").append(NAMESPACE).append('\'');
        SxeXml.attribute(xml, "session", session);
        return read(xml.append('>').append(elements).append("</board>").toString(), session, Integer.MAX_VALUE,
                limits, handOn);
    }

    /**
     * Reads the {@code <sxe/>} elements inside the element the parser is on, adding their
     * state items, an element's at a time; {@code chunks} counts the elements (of every part of a snapshot).
     *
     * @return why they are refused, empty when every one was read whole
     */
    static Optional<String> chunks(XmlPullParser parser, String session, SxeProvider provider,
            Consumer<List<StateItem>> items, AtomicInteger chunks) throws Exception {
        int depth = parser.getDepth();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth) {
                return Optional.empty();
            }
            if (event == XmlPullParser.Event.END_DOCUMENT) {
                return Optional.of("the snapshot ends early");
            }
            if (event != XmlPullParser.Event.START_ELEMENT) {
                continue;
            }
            if (!SxeElement.ELEMENT.equals(parser.getName()) || !SxeElement.NAMESPACE.equals(parser.getNamespace())) {
                return Optional.of("a " + parser.getName() + " element in the snapshot");
            }
            if (chunks.incrementAndGet() > MAX_CHUNKS) {
                return Optional.of("more than " + MAX_CHUNKS + " elements");
            }
            SxeElement element = provider.parse(parser);
            if (!element.refused().isEmpty()) {
                return Optional.of("left out: " + String.join("; ", element.refused()));
            }
            if (!session.equals(element.session()) || !(element.payload() instanceof SxePayload.State state)) {
                return Optional.of("an element that is not a state of session " + session);
            }
            items.accept(state.items());
        }
    }
}
