package org.causerie.whiteboard.internal.sxe;

import java.util.Optional;

import org.causerie.whiteboard.internal.doc.Fields;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.NodeType;
import org.causerie.whiteboard.internal.doc.RemoveRecord;
import org.causerie.whiteboard.internal.doc.SetRecord;
import org.causerie.whiteboard.internal.doc.StateItem;

/**
 * Writes {@code <sxe/>} elements. Attribute values escape line breaks and tabs
 * as character references: a text's line breaks would otherwise become spaces
 * (XML attribute-value normalisation). Whole weights are written as integers
 * ({@code 3}), others as Java prints a float ({@code 2.5}, {@code 1.5E10}): valid
 * xs:float lexical forms that read back to the same float.
 */
final class SxeXml {

    /** The characters {@link #attribute} escapes, all below 64: bit c set for character c. */
    private static final long ESCAPED = 1L << '&' | 1L << '<' | 1L << '>' | 1L << '\'' | 1L << '"' | 1L << '\n'
            | 1L << '\r' | 1L << '\t';

    private SxeXml() {
    }

    static String write(SxeElement e) {
        StringBuilder out = new StringBuilder(64);
        start(out, e.session(), e.id(), e.name());
        switch (e.payload()) {
            case SxePayload.None n -> out.append("/>");
            case SxePayload.State s -> {
                out.append("><state>");
                s.items().forEach(item -> item(out, item));
                out.append("</state></sxe>");
            }
            case SxePayload.StateOffer o -> {
                out.append("><state-offer>");
                o.descriptions().forEach(d -> {
                    out.append("<description");
                    attribute(out, "xmlns", d);
                    out.append("/>");
                });
                out.append("</state-offer></sxe>");
            }
            case SxePayload.AcceptState a when a.stored() -> out.append("><accept-state><stored xmlns='")
                    .append(StateItem.Stored.NAMESPACE).append("'/></accept-state></sxe>");
            default -> out.append("><").append(SxePayload.elementName(e.payload())).append("/></sxe>");
        }
        return out.toString();
    }

    /** Writes {@code <sxe} and its attributes, without closing the start tag. */
    static void start(StringBuilder out, String session, String id, Optional<String> name) {
        out.append("<sxe xmlns='").append(SxeElement.NAMESPACE).append('\'');
        attribute(out, "session", session);
        if (!id.isEmpty()) {
            attribute(out, "id", id);
        }
        name.ifPresent(n -> attribute(out, "name", n));
    }

    /**
     * Writes one item.
     *
     * @return how many UTF-8 bytes it takes beyond its characters (its non-ASCII characters' extra
     *         bytes; a surrogate pair counts 4 extra, 2 more than it takes: an upper bound)
     */
    static int item(StringBuilder out, StateItem item) {
        int extra = 0;
        switch (item) {
            case StateItem.DocumentBegin b -> {
                out.append("<document-begin");
                extra += attribute(out, "prolog", b.prolog());
                out.append("/>");
            }
            case StateItem.DocumentEnd d -> {
                out.append("<document-end");
                extra += attribute(out, "last-sender", d.lastSender());
                extra += attribute(out, "last-id", d.lastId());
                out.append("/>");
            }
            case StateItem.Stored s -> {
                out.append("<stored xmlns='").append(StateItem.Stored.NAMESPACE).append('\'');
                extra += attribute(out, "service", s.service());
                extra += attribute(out, "generation", s.generation());
                out.append("/>");
            }
            case NewRecord n -> extra += newRecord(out, n);
            case SetRecord r -> extra += set(out, r);
            case RemoveRecord r -> {
                out.append("<remove");
                extra += attribute(out, "target", r.rid());
                out.append("/>");
            }
        }
        return extra;
    }

    private static int newRecord(StringBuilder out, NewRecord n) {
        Fields f = n.fields();
        NodeType type = n.type();
        out.append("<new");
        int extra = attribute(out, "type", type.wire());
        extra += attribute(out, "rid", n.rid());
        if (n.version() != 0) {
            attribute(out, "version", Integer.toString(n.version()));
        }
        extra += optional(out, "parent", f.parent());
        if (f.weight() != 0) {
            attribute(out, "primary-weight", weight(f.weight()));
        }
        if (type.named()) {
            extra += optional(out, "ns", f.ns());
            extra += attribute(out, "name", f.name());
        }
        if (type.hasChdata()) {
            extra += attribute(out, "chdata", f.chdata());
        }
        if (type == NodeType.PROCESSING_INSTRUCTION) {
            extra += attribute(out, "pitarget", f.piTarget());
            extra += attribute(out, "pidata", f.piData());
        }
        if (n.creator().isPresent()) {
            extra += attribute(out, "creator", n.creator().get());
        }
        if (n.lastModifiedBy().isPresent()) {
            extra += attribute(out, "last-modified-by", n.lastModifiedBy().get());
        }
        out.append("/>");
        return extra;
    }

    private static int set(StringBuilder out, SetRecord s) {
        out.append("<set");
        int extra = attribute(out, "target", s.rid());
        attribute(out, "version", Integer.toString(s.version()));
        extra += opt(out, "parent", s.parent());
        if (s.weight().isPresent()) {
            attribute(out, "primary-weight", weight(s.weight().get()));
        }
        extra += opt(out, "ns", s.ns());
        extra += opt(out, "name", s.name());
        extra += opt(out, "chdata", s.chdata());
        extra += opt(out, "pitarget", s.piTarget());
        extra += opt(out, "pidata", s.piData());
        if (s.replaceFrom().isPresent()) {
            attribute(out, "replacefrom", Integer.toString(s.replaceFrom().getAsInt()));
        }
        if (s.replaceN().isPresent()) {
            attribute(out, "replacen", Integer.toString(s.replaceN().getAsInt()));
        }
        out.append("/>");
        return extra;
    }

    /** @return a weight's shortest form here: an integer when it is whole (and exact as a float) */
    static String weight(float w) {
        return w == Math.rint(w) && Math.abs(w) <= 1 << 24 ? Integer.toString((int) w) : Float.toString(w);
    }

    private static int opt(StringBuilder out, String name, Optional<String> value) {
        return value.isPresent() ? attribute(out, name, value.get()) : 0;
    }

    private static int optional(StringBuilder out, String name, String value) {
        return value.isEmpty() ? 0 : attribute(out, name, value);
    }

    /** @return whether a character is escaped or not ASCII (then the slow path writes and counts it) */
    private static boolean special(char c) {
        return c >= 0x80 || c < 64 && (ESCAPED >>> c & 1) != 0;
    }

    /**
     * Writes {@code  name='value'}.
     *
     * @return the UTF-8 bytes the value takes beyond its characters written (see {@link #item})
     */
    static int attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("='");
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        out.append(value, 0, plain); // most values need no escape and are ASCII: copied at once
        int extra = 0;
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                extra += c >= 0x800 ? 2 : 1;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
        out.append('\'');
        return extra;
    }
}
