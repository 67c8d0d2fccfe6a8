package org.causerie.whiteboard.internal.sxe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;

/**
 * A board's snapshot stored in several items (docs/whiteboard.md, "Persistence"): the
 * {@code <sxe/>} elements of one state transfer, their XML packed ({@link Packing}: deflated,
 * base64) and cut into parts
 * {@code <part xmlns='urn:causerie:whiteboard:snapshot:1' session='…' generation='…' index='k'>…</part>}
 * of at most an item's size, and a head
 * {@code <board xmlns='urn:causerie:whiteboard:snapshot:1' session='…' generation='…' parts='n' bytes='…' seq='…'/>}
 * naming them ({@code bytes}: the XML's UTF-8 bytes once unpacked), published last. Part
 * {@code k} of generation {@code g} is the item {@code g-k}.
 *
 * <p>Reading is all or nothing, like {@link StoredBoard}: a head or part that is not what it
 * claims, parts that do not unpack to what the head names, a total over the limit, or anything
 * the {@link SxeProvider} leaves out refuses the whole snapshot, with the reason.
 */
public final class StoredParts {

    public static final String NAMESPACE = "urn:causerie:whiteboard:snapshot:1";
    public static final String HEAD = "board";
    public static final String PART = "part";
    /** A part's text as ejabberd counts it beyond its characters: {@code {xmlcdata, Binary}}, with room to spare. */
    private static final int TEXT_BYTES = 32;
    /** Generations Causerie writes: a time and a random suffix, base 36. */
    private static final Pattern GENERATION = Pattern.compile("[0-9a-z]{1,16}\\.[0-9a-z]{1,16}");

    /**
     * A head: which generation is the snapshot, in how many parts, and its place among the heads
     * of every writer (the highest {@code seq} is the current snapshot; a writer takes one more
     * than the highest it saw, so a write that saw another comes after it; equal ones are ordered
     * by generation).
     *
     * @param bytes the parts' UTF-8 bytes together, as the writer counted them
     * @param archiveId the room archive's id (XEP-0359 stanza-id) of the last element the snapshot
     *        includes ({@value StoredBoard#ARCHIVE_ID} attribute), "" when the writer knew none
     */
    public record Head(String generation, int parts, long bytes, long seq, String archiveId)
            implements Comparable<Head> {

        /** The highest {@code seq} read (2^53: a counter never gets there; a higher one is refused). */
        public static final long MAX_SEQ = 1L << 53;
        /** The longest archive id read; a longer one is ignored. */
        public static final int MAX_ARCHIVE_ID = 256;

        /** A head naming no archive id. */
        public Head(String generation, int parts, long bytes, long seq) {
            this(generation, parts, bytes, seq, "");
        }

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
     * @return the snapshot of a state transfer's elements: their XML packed ({@link Packing}) and cut
     *         into parts of at most {@code maxPartBytes} each as the server counts them ({@link #serverBytes})
     * @throws IllegalArgumentException when an item that small cannot hold a part
     */
    public static Written write(String session, String generation, long seq, List<SxeElement> chunks,
            int maxPartBytes) {
        return write(session, generation, seq, Optional.empty(), chunks, maxPartBytes);
    }

    /**
     * @param archiveId the room archive's id of the last element the state includes, written on the head
     * @return as {@link #write(String, String, long, List, int)}
     */
    public static Written write(String session, String generation, long seq, Optional<String> archiveId,
            List<SxeElement> chunks, int maxPartBytes) {
        StringBuilder xml = new StringBuilder(chunks.size() * 64 * 1024);
        chunks.forEach(c -> xml.append(c.toString())); // written once (StateElements)
        byte[] utf8 = xml.toString().getBytes(StandardCharsets.UTF_8);
        String packed = Packing.pack(utf8);
        List<String> parts = new ArrayList<>();
        int at = 0;
        do {
            StringBuilder out = new StringBuilder(Math.min(maxPartBytes, packed.length() - at + 256));
            start(out, session, generation, parts.size());
            long room = maxPartBytes - serverBytes(out + "</part>") - TEXT_BYTES;
            if (room < 1) {
                throw new IllegalArgumentException("an item of " + maxPartBytes + " bytes cannot hold a part");
            }
            int end = (int) Math.min(packed.length(), at + room);
            parts.add(out.append(packed, at, end).append("</part>").toString());
            at = end;
        } while (at < packed.length());
        Head head = new Head(generation, parts.size(), utf8.length, seq, archiveId.orElse(""));
        StringBuilder out = new StringBuilder(200);
        out.append('<').append(HEAD).append(" xmlns='").append(NAMESPACE).append('\'');
        SxeXml.attribute(out, "session", session);
        SxeXml.attribute(out, "generation", generation);
        SxeXml.attribute(out, "parts", Integer.toString(head.parts()));
        SxeXml.attribute(out, "bytes", Long.toString(head.bytes()));
        SxeXml.attribute(out, "seq", Long.toString(seq));
        archiveId.ifPresent(a -> SxeXml.attribute(out, StoredBoard.ARCHIVE_ID, a));
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
            String archiveId = Optional.ofNullable(parser.getAttributeValue("", StoredBoard.ARCHIVE_ID))
                    .filter(a -> a.length() <= Head.MAX_ARCHIVE_ID).orElse("");
            return new HeadRead(Optional.of(new Head(generation, parts, bytes, seq, archiveId)), "");
        } catch (Exception e) {
            return refusedHead("the head is not well-formed: " + e.getMessage());
        }
    }

    /**
     * Reads a snapshot's parts, in order, as one state transfer: each part must be part {@code k}
     * of the head's generation and session; together they must unpack to the bytes the head
     * names, at most {@code maxBytes}; the XML is then read as {@link StoredBoard} reads it.
     */
    public static StoredBoard.Read read(Head head, List<String> parts, String session, long maxBytes,
            WhiteboardLimits limits) {
        return read(head, parts, session, maxBytes, limits, Optional.empty());
    }

    /**
     * As {@link #read(Head, List, String, long, WhiteboardLimits)}, handing the records on as they are
     * read when {@code handOn} is given ({@link StoredBoard#read(String, String, int, WhiteboardLimits, Optional)}).
     */
    public static StoredBoard.Read read(Head head, List<String> parts, String session, long maxBytes,
            WhiteboardLimits limits, Optional<Consumer<List<SxeRecord>>> handOn) {
        if (parts.size() != head.parts()) {
            return StoredBoard.Read.refused(parts.size() + " parts where the head names " + head.parts());
        }
        // Deflate adds at most 5 bytes per 16 KiB block to incompressible data; base64 takes 4 characters per 3 bytes.
        long maxPacked = (maxBytes + maxBytes / 1_000 + 1_024) * 4 / 3 + 4;
        StringBuilder packed = new StringBuilder();
        for (int index = 0; index < parts.size(); index++) {
            Optional<String> wrong = part(parts.get(index), session, head.generation(), index, packed);
            if (wrong.isPresent()) {
                return StoredBoard.Read.refused("part " + index + ": " + wrong.get());
            }
            if (packed.length() > maxPacked) {
                return StoredBoard.Read.refused("a snapshot of more than " + maxBytes + " bytes, over the limit");
            }
        }
        Packing.Unpacked xml = Packing.unpack(packed.toString(), head.bytes(), maxBytes);
        return xml.xml().map(x -> StoredBoard.readElements(x, session, limits, handOn))
                .orElseGet(() -> StoredBoard.Read.refused(xml.refusal()));
    }

    private static Optional<String> part(String xml, String session, String generation, int index,
            StringBuilder packed) {
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
            packed.append(parser.nextText());
            return Optional.empty();
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
