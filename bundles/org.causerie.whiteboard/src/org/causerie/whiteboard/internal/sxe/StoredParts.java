package org.causerie.whiteboard.internal.sxe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;

/**
 * A board's snapshot stored in several items (docs/whiteboard.md, "Persistence"): the
 * {@code <sxe/>} elements of one state transfer grouped, whole, into parts
 * {@code <part xmlns='urn:causerie:whiteboard:snapshot:1' session='…' generation='…' index='k'>}
 * of at most an item's size, and a head
 * {@code <board xmlns='urn:causerie:whiteboard:snapshot:1' session='…' generation='…' parts='n' bytes='…' seq='…'/>}
 * naming them, published last. Part {@code k} of generation {@code g} is the item {@code g-k}.
 *
 * <p>Reading is all or nothing, like {@link StoredBoard}: a head or part that is not what it
 * claims, a total over the limit, or anything the {@link SxeProvider} leaves out refuses the
 * whole snapshot, with the reason.
 */
public final class StoredParts {

    public static final String NAMESPACE = "urn:causerie:whiteboard:snapshot:1";
    public static final String HEAD = "board";
    public static final String PART = "part";
    /** Generations Causerie writes: a time and a random suffix, base 36. */
    private static final Pattern GENERATION = Pattern.compile("[0-9a-z]{1,16}\\.[0-9a-z]{1,16}");

    /**
     * A head: which generation is the snapshot, in how many parts, and its place among the heads
     * of every writer (the highest {@code seq} is the current snapshot; a writer takes one more
     * than the highest it saw, so a write that saw another comes after it; equal ones are ordered
     * by generation).
     *
     * @param bytes the parts' UTF-8 bytes together, as the writer counted them
     */
    public record Head(String generation, int parts, long bytes, long seq) implements Comparable<Head> {

        /** The highest {@code seq} read (2^53: a counter never gets there; a higher one is refused). */
        public static final long MAX_SEQ = 1L << 53;

        @Override
        public int compareTo(Head other) {
            int bySeq = Long.compare(seq, other.seq);
            return bySeq != 0 ? bySeq : generation.compareTo(other.generation);
        }

        /** @return the item id of part {@code index} */
        public String partId(int index) {
            return generation + "-" + index;
        }

        /** @return the item ids of every part, in order */
        public List<String> partIds() {
            List<String> ids = new ArrayList<>(parts);
            for (int i = 0; i < parts; i++) {
                ids.add(partId(i));
            }
            return ids;
        }

        /** @return the generation an item id of a part names, empty when it names none */
        public static Optional<String> generationOf(String itemId) {
            int dash = itemId.lastIndexOf('-');
            return dash > 0 && GENERATION.matcher(itemId.substring(0, dash)).matches()
                    ? Optional.of(itemId.substring(0, dash)) : Optional.empty();
        }
    }

    /** A snapshot written: its head, the head's XML and the parts' XML, in order. */
    public record Written(Head head, String headXml, List<String> parts) {
        public Written {
            parts = List.copyOf(parts);
        }
    }

    /** What reading a head gave: the head, or why it was refused. */
    public record HeadRead(Optional<Head> head, String refusal) {
    }

    private StoredParts() {
    }

    /**
     * Groups a state transfer's elements, whole and in order, into parts of at most
     * {@code maxPartBytes} each with the part's own start and end tags, counted as the server
     * counts an item ({@link #serverBytes}).
     *
     * @throws IllegalArgumentException when one element alone does not fit a part
     */
    public static List<List<SxeElement>> group(String session, String generation, List<SxeElement> chunks,
            int maxPartBytes) {
        List<List<SxeElement>> parts = new ArrayList<>();
        List<SxeElement> part = new ArrayList<>();
        long bytes = 0;
        for (SxeElement chunk : chunks) {
            long size = serverBytes(chunk.toString());
            long wrapper = wrapperBytes(session, generation, parts.size());
            if (wrapper + size > maxPartBytes) {
                throw new IllegalArgumentException("an element of " + size + " bytes does not fit an item of "
                        + maxPartBytes + " bytes");
            }
            if (!part.isEmpty() && wrapper + bytes + size > maxPartBytes) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(chunk);
            bytes += size;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** @return the snapshot of a state transfer's elements, in parts of at most {@code maxPartBytes} */
    public static Written write(String session, String generation, long seq, List<SxeElement> chunks,
            int maxPartBytes) {
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (List<SxeElement> group : group(session, generation, chunks, maxPartBytes)) {
            StringBuilder out = new StringBuilder(maxPartBytes);
            start(out, session, generation, parts.size());
            group.forEach(c -> out.append(c.toString()));
            String xml = out.append("</part>").toString();
            total += utf8(xml);
            parts.add(xml);
        }
        Head head = new Head(generation, parts.size(), total, seq);
        StringBuilder out = new StringBuilder(200);
        out.append('<').append(HEAD).append(" xmlns='").append(NAMESPACE).append('\'');
        SxeXml.attribute(out, "session", session);
        SxeXml.attribute(out, "generation", generation);
        SxeXml.attribute(out, "parts", Integer.toString(head.parts()));
        SxeXml.attribute(out, "bytes", Long.toString(total));
        SxeXml.attribute(out, "seq", Long.toString(seq));
        out.append("/>");
        return new Written(head, out.toString(), parts);
    }

    /**
     * Reads a head.
     *
     * @param maxParts parts a snapshot may have
     * @param maxBytes UTF-8 bytes all parts may have together
     */
    public static HeadRead head(String xml, String session, int maxParts, long maxBytes) {
        if (xml.length() > 10_000) {
            return refusedHead("a head of " + xml.length() + " characters");
        }
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            if (!HEAD.equals(parser.getName()) || !NAMESPACE.equals(parser.getNamespace())) {
                return refusedHead("not a snapshot head: " + parser.getName() + " in " + parser.getNamespace());
            }
            String stored = parser.getAttributeValue("", "session");
            if (!session.equals(stored)) {
                return refusedHead("a head of session " + stored + ", not " + session);
            }
            String generation = Optional.ofNullable(parser.getAttributeValue("", "generation")).orElse("");
            if (!GENERATION.matcher(generation).matches()) {
                return refusedHead("a head naming generation '" + generation + "'");
            }
            int parts = Integer.parseInt(parser.getAttributeValue("", "parts"));
            long bytes = Long.parseLong(parser.getAttributeValue("", "bytes"));
            long seq = Long.parseLong(parser.getAttributeValue("", "seq"));
            if (seq < 0 || seq > Head.MAX_SEQ) {
                return refusedHead("a head of seq " + seq);
            }
            if (parts < 1 || parts > maxParts) {
                return refusedHead("a snapshot of " + parts + " parts, over the limit of " + maxParts);
            }
            if (bytes < 0 || bytes > maxBytes) {
                return refusedHead("a snapshot of " + bytes + " bytes, over the limit of " + maxBytes);
            }
            return new HeadRead(Optional.of(new Head(generation, parts, bytes, seq)), "");
        } catch (Exception e) {
            return refusedHead("the head is not well-formed: " + e.getMessage());
        }
    }

    /**
     * Reads a snapshot's parts, in order, as one state transfer.
     *
     * @param maxBytes UTF-8 bytes the parts may have together
     */
    public static StoredBoard.Read read(Head head, List<String> parts, String session, long maxBytes,
            WhiteboardLimits limits) {
        if (parts.size() != head.parts()) {
            return StoredBoard.Read.refused(parts.size() + " parts where the head names " + head.parts());
        }
        long total = 0;
        for (String part : parts) {
            total += part.length() > maxBytes ? part.length() : utf8(part);
            if (total > maxBytes) {
                return StoredBoard.Read.refused("a snapshot of more than " + maxBytes + " bytes, over the limit");
            }
        }
        List<StateItem> items = new ArrayList<>();
        AtomicInteger chunks = new AtomicInteger();
        SxeProvider provider = new SxeProvider(limits);
        for (int index = 0; index < parts.size(); index++) {
            Optional<String> wrong = part(parts.get(index), session, head.generation(), index, provider, items,
                    chunks);
            if (wrong.isPresent()) {
                return StoredBoard.Read.refused("part " + index + ": " + wrong.get());
            }
        }
        return StoredBoard.transfer(session, items);
    }

    private static Optional<String> part(String xml, String session, String generation, int index,
            SxeProvider provider, List<StateItem> items, AtomicInteger chunks) {
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            if (!PART.equals(parser.getName()) || !NAMESPACE.equals(parser.getNamespace())) {
                return Optional.of("not a snapshot part: " + parser.getName() + " in " + parser.getNamespace());
            }
            String stored = parser.getAttributeValue("", "session");
            String itsGeneration = parser.getAttributeValue("", "generation");
            String itsIndex = parser.getAttributeValue("", "index");
            if (!session.equals(stored) || !generation.equals(itsGeneration)
                    || !Integer.toString(index).equals(itsIndex)) {
                return Optional.of("part " + itsIndex + " of generation " + itsGeneration + " in session " + stored
                        + ", not part " + index + " of " + generation);
            }
            return StoredBoard.chunks(parser, session, provider, items, chunks);
        } catch (Exception e) {
            return Optional.of("not well-formed: " + e.getMessage());
        }
    }

    private static HeadRead refusedHead(String why) {
        return new HeadRead(Optional.empty(), why);
    }

    private static void start(StringBuilder out, String session, String generation, int index) {
        out.append('<').append(PART).append(" xmlns='").append(NAMESPACE).append('\'');
        SxeXml.attribute(out, "session", session);
        SxeXml.attribute(out, "generation", generation);
        SxeXml.attribute(out, "index", Integer.toString(index));
        out.append('>');
    }

    private static long wrapperBytes(String session, String generation, int index) {
        StringBuilder out = new StringBuilder(160);
        start(out, session, generation, index);
        return serverBytes(out.append("</part>"));
    }

    /**
     * @return an item's size as ejabberd 23.01 counts it against {@code max_payload_size} (250,000
     *         by default): the Erlang external term of the parsed payload ({@code mod_pubsub}:
     *         {@code byte_size(term_to_binary(Payload))}), where an attribute takes 8 bytes more
     *         than {@code  name='value'} and an element up to 23 more than its tags; counted on
     *         the XML Causerie writes (values escaped, so {@code ='} only starts an attribute and
     *         {@code <} only a tag), never less than the term.
     */
    public static long serverBytes(CharSequence xml) {
        long extra = 0;
        for (int i = 0; i + 1 < xml.length(); i++) {
            char c = xml.charAt(i);
            char next = xml.charAt(i + 1);
            if (c == '=' && next == '\'') {
                extra += 8;
            } else if (c == '<' && next != '/') {
                extra += 26;
            }
        }
        return utf8(xml) + extra;
    }

    /** @return the UTF-8 bytes of a text, counted without encoding it */
    public static long utf8(CharSequence text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // Two-byte characters add one; others three (a surrogate pair: four for two chars).
                bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }
}
