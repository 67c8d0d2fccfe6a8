package org.causerie.whiteboard.internal.doc;

import java.util.Optional;

import org.causerie.whiteboard.WhiteboardLimits;

/** Short ways to write records in tests. */
final class Records {

    /** Allows any XML: for XEP-0284's own examples, which are XHTML. */
    static final ContentPolicy ANY = new ContentPolicy() {
        @Override
        public WhiteboardLimits limits() {
            return WhiteboardLimits.DEFAULTS;
        }

        @Override
        public Optional<String> check(SxeDocument doc, Optional<Node> self, NodeType type, Fields f) {
            return Optional.empty();
        }
    };

    static final SvgPolicy SVG = new SvgPolicy(WhiteboardLimits.DEFAULTS);

    private Records() {
    }

    static NewRecord element(String rid, String parent, float weight, String name) {
        return NewRecord.of(rid, NodeType.ELEMENT, new Fields(parent, weight, "", name, "", "", ""));
    }

    static NewRecord svgRoot(String rid) {
        return NewRecord.of(rid, NodeType.ELEMENT, new Fields("", 0, SvgPolicy.SVG_NS, "svg", "", "", ""));
    }

    static NewRecord attr(String rid, String parent, String name, String value) {
        return NewRecord.of(rid, NodeType.ATTR, new Fields(parent, 0, "", name, value, "", ""));
    }

    static NewRecord text(String rid, String parent, float weight, String value) {
        return NewRecord.of(rid, NodeType.TEXT, new Fields(parent, weight, "", "", value, "", ""));
    }

    static SetRecord parent(String target, int version, String parent) {
        return new SetRecord(target, version, Optional.of(parent), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty());
    }

    /** @return the document written back as XML (attributes sorted by name), for comparing */
    static String xml(SxeDocument doc) {
        StringBuilder out = new StringBuilder();
        doc.topLevel().forEach(n -> write(n, out));
        return out.toString();
    }

    private static void write(Node n, StringBuilder out) {
        switch (n.type()) {
            case ELEMENT -> {
                out.append('<').append(n.fields().name());
                n.children().stream().filter(c -> c.type() == NodeType.ATTR)
                        .sorted(java.util.Comparator.comparing(c -> c.fields().name()))
                        .forEach(a -> out.append(' ').append(a.fields().name()).append("='")
                                .append(a.fields().chdata()).append('\''));
                out.append('>');
                n.children().stream().filter(c -> c.type() != NodeType.ATTR).forEach(c -> write(c, out));
                out.append("</").append(n.fields().name()).append('>');
            }
            case TEXT -> out.append(n.fields().chdata());
            case COMMENT -> out.append("<!--").append(n.fields().chdata()).append("-->");
            case PROCESSING_INSTRUCTION -> out.append("<?").append(n.fields().piTarget()).append(' ')
                    .append(n.fields().piData()).append("?>");
            case ATTR -> throw new IllegalStateException();
        }
    }
}
