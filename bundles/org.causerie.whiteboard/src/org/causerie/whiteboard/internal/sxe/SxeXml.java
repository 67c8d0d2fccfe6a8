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

    static void item(StringBuilder out, StateItem item) {
        switch (item) {
            case StateItem.DocumentBegin b -> {
                out.append("<document-begin");
                attribute(out, "prolog", b.prolog());
                out.append("/>");
            }
            case StateItem.DocumentEnd d -> {
                out.append("<document-end");
                attribute(out, "last-sender", d.lastSender());
                attribute(out, "last-id", d.lastId());
                out.append("/>");
            }
            case NewRecord n -> newRecord(out, n);
            case SetRecord s -> set(out, s);
            case RemoveRecord r -> {
                out.append("<remove");
                attribute(out, "target", r.rid());
                out.append("/>");
            }
        }
    }

    private static void newRecord(StringBuilder out, NewRecord n) {
        Fields f = n.fields();
        NodeType type = n.type();
        out.append("<new");
        attribute(out, "type", type.wire());
        attribute(out, "rid", n.rid());
        if (n.version() != 0) {
            attribute(out, "version", Integer.toString(n.version()));
        }
        optional(out, "parent", f.parent());
        if (f.weight() != 0) {
            attribute(out, "primary-weight", weight(f.weight()));
        }
        if (type.named()) {
            optional(out, "ns", f.ns());
            attribute(out, "name", f.name());
        }
        if (type.hasChdata()) {
            attribute(out, "chdata", f.chdata());
        }
        if (type == NodeType.PROCESSING_INSTRUCTION) {
            attribute(out, "pitarget", f.piTarget());
            attribute(out, "pidata", f.piData());
        }
        n.creator().ifPresent(c -> attribute(out, "creator", c));
        n.lastModifiedBy().ifPresent(c -> attribute(out, "last-modified-by", c));
        out.append("/>");
    }

    private static void set(StringBuilder out, SetRecord s) {
        out.append("<set");
        attribute(out, "target", s.rid());
        attribute(out, "version", Integer.toString(s.version()));
        opt(out, "parent", s.parent());
        opt(out, "primary-weight", s.weight().map(SxeXml::weight));
        opt(out, "ns", s.ns());
        opt(out, "name", s.name());
        opt(out, "chdata", s.chdata());
        opt(out, "pitarget", s.piTarget());
        opt(out, "pidata", s.piData());
        s.replaceFrom().ifPresent(v -> attribute(out, "replacefrom", Integer.toString(v)));
        s.replaceN().ifPresent(v -> attribute(out, "replacen", Integer.toString(v)));
        out.append("/>");
    }

    /** @return a weight's shortest form here: an integer when it is whole (and exact as a float) */
    static String weight(float w) {
        return w == Math.rint(w) && Math.abs(w) <= 1 << 24 ? Integer.toString((int) w) : Float.toString(w);
    }

    private static void opt(StringBuilder out, String name, Optional<String> value) {
        value.ifPresent(v -> attribute(out, name, v));
    }

    private static void optional(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            attribute(out, name, value);
        }
    }

    private static boolean escaped(char c) {
        return c < 64 && (ESCAPED >>> c & 1) != 0;
    }

    static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("='");
        int plain = 0;
        while (plain < value.length() && !escaped(value.charAt(plain))) {
            plain++;
        }
        out.append(value, 0, plain); // most values need no escape: copied at once
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
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
    }
}
