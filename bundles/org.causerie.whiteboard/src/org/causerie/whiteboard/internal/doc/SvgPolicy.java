package org.causerie.whiteboard.internal.doc;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.causerie.whiteboard.WhiteboardLimits;

/**
 * What a board may hold: a small, static SVG subset. No scripts, no event
 * attributes, no {@code foreignObject}, no style sheets, no processing
 * instructions, no external references (only {@code url(#...)} inside the
 * document and images as {@code data:image/...;base64} URIs within the size
 * limit). Everything else is refused with a reason; being pure, every replica
 * refuses the same records.
 */
public final class SvgPolicy implements ContentPolicy {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    static final int MAX_PLAIN_VALUE = 1024;

    private static final Set<String> CONTAINERS = Set.of("svg", "g");
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "line", "rect", "circle", "ellipse",
            "polyline", "polygon", "text", "image", "title", "desc");
    private static final Set<String> TEXT_HOLDERS = Set.of("text", "title", "desc");
    private static final Set<String> ATTRIBUTES = Set.of("id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "width", "height", "d", "points", "transform", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-miterlimit", "fill", "fill-opacity",
            "fill-rule", "opacity", "font-size", "font-family", "font-weight", "font-style", "text-anchor",
            "marker-start", "marker-end", "href", "viewBox", "preserveAspectRatio", "version", "visibility");
    private static final Pattern IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*");
    private static final String PATH_CHARACTERS = "MmZzLlHhVvCcSsQqTtAaeE.,+- \t\r\n";
    private static final String PLAIN_PUNCTUATION = " #%().,+-_'\"/";

    private final WhiteboardLimits limits;

    public SvgPolicy(WhiteboardLimits limits) {
        this.limits = limits;
    }

    @Override
    public WhiteboardLimits limits() {
        return limits;
    }

    @Override
    public Optional<String> check(SxeDocument doc, Optional<Node> self, NodeType type, Fields f) {
        if (type == NodeType.PROCESSING_INSTRUCTION) {
            return Optional.of("processing instructions are not allowed");
        }
        if (!xml(f.chdata())) {
            return Optional.of("characters XML cannot carry");
        }
        if (f.parent().isEmpty()) {
            if (type == NodeType.ELEMENT && !f.name().equals("svg")) {
                return Optional.of("the top-level element must be svg, not " + f.name());
            }
            if (type != NodeType.ELEMENT && type != NodeType.COMMENT) {
                return Optional.of("a " + type.wire() + " at the top level");
            }
        }
        Node parent = f.parent().isEmpty() ? null : doc.find(f.parent());
        String parentName = parent == null ? "" : parent.fields().name();
        return switch (type) {
            case ELEMENT -> element(f, parentName);
            case ATTR -> attribute(f, parentName);
            case TEXT -> TEXT_HOLDERS.contains(parentName) ? Optional.empty()
                    : Optional.of("text inside " + parentName);
            case COMMENT -> Optional.empty();
            case PROCESSING_INSTRUCTION -> Optional.of("processing instructions are not allowed");
        };
    }

    private static Optional<String> element(Fields f, String parentName) {
        if (!f.ns().isEmpty() && !f.ns().equals(SVG_NS)) {
            return Optional.of("element namespace " + f.ns());
        }
        if (!ELEMENTS.contains(f.name())) {
            return Optional.of("element " + f.name() + " is not allowed");
        }
        if (!f.parent().isEmpty() && (f.name().equals("svg") || !CONTAINERS.contains(parentName))) {
            return Optional.of("element " + f.name() + " inside " + parentName);
        }
        return Optional.empty();
    }

    private Optional<String> attribute(Fields f, String parentName) {
        String name = f.name();
        boolean xlink = f.ns().equals(XLINK_NS);
        if (!f.ns().isEmpty() && !xlink) {
            return Optional.of("attribute namespace " + f.ns());
        }
        if (xlink ? !name.equals("href") : !ATTRIBUTES.contains(name)) {
            return Optional.of("attribute " + name + " is not allowed");
        }
        return value(name, f.chdata(), parentName);
    }

    private Optional<String> value(String name, String value, String element) {
        if (name.equals("href")) {
            if (!element.equals("image")) {
                return Optional.of("href on " + element);
            }
            if (value.length() > limits.maxImageChars()) {
                return Optional.of("image of " + value.length() + " characters");
            }
            return IMAGE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("href is not a data:image base64 URI");
        }
        if (name.equals("d") || name.equals("points")) {
            if (!pathCharacters(value)) {
                return Optional.of(name + " holds characters a path does not");
            }
            return PathData.countNumbers(value) > 2L * limits.maxPathPoints()
                    ? Optional.of("more than " + limits.maxPathPoints() + " points") : Optional.empty();
        }
        if (value.length() > MAX_PLAIN_VALUE || !plain(value)) {
            return Optional.of("value of " + name + " refused");
        }
        if (value.indexOf('(') < 0) {
            return Optional.empty(); // no url(…); and plain values hold no ':', so no "script:"
        }
        String squeezed = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\"']", "");
        int url = squeezed.indexOf("url(");
        while (url >= 0) {
            if (!squeezed.startsWith("url(#", url)) {
                return Optional.of("external reference in " + name);
            }
            url = squeezed.indexOf("url(", url + 4);
        }
        return squeezed.contains("script:") ? Optional.of("script in " + name) : Optional.empty();
    }

    /** @return whether the value holds only path data characters ({@code [MmZzLlHhVvCcSsQqTtAa0-9eE.,+\- \t\r\n]}) */
    static boolean pathCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || PATH_CHARACTERS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the value holds only letters, digits (any script) and {@code  #%().,+-_'"/} */
    static boolean plain(String value) {
        for (int i = 0; i < value.length();) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || PLAIN_PUNCTUATION.indexOf(c) >= 0)) {
                    return false;
                }
            } else if (!Character.isLetter(c) && !number(c)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the code point is in Unicode's category N (Nd, Nl, No), as the regex {@code \p{N}} */
    private static boolean number(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** @return whether every character is allowed in XML 1.0 (§2.2), so the record can be sent */
    static boolean xml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }
}
