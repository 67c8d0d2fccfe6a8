package org.causerie.whiteboard.internal.sxe;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.causerie.whiteboard.internal.doc.Fields;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.NodeType;
import org.causerie.whiteboard.internal.doc.RemoveRecord;
import org.causerie.whiteboard.internal.doc.SetRecord;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;

/**
 * Reads one child of {@code <state/>} from its attributes (XEP-0284 §10.5, §10.6,
 * §15). Never throws: what is malformed gives a reason instead. Fields a type
 * does not have are dropped rather than refused (the XEP says "not allowed";
 * dropping them is the lenient reading, and every Causerie client drops alike).
 */
final class RecordReader {

    /** The outcome: an item, or why there is none. */
    record Read(Optional<StateItem> item, String reason) {
        static Read ok(StateItem item) {
            return new Read(Optional.of(item), "");
        }

        static Read refused(String reason) {
            return new Read(Optional.empty(), reason);
        }
    }

    /** xs:float's lexical forms without INF and NaN (non-finite weights are refused). */
    private static final Pattern FLOAT = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");
    /** xs:nonNegativeInteger within Java's int. */
    private static final Pattern VERSION = Pattern.compile("\\s*\\+?0*\\d{1,9}\\s*");

    private RecordReader() {
    }

    /**
     * @param name the child's element name
     * @param attributes its attributes by local name
     */
    static Read read(String name, Function<String, String> attributes) {
        return switch (name) {
            case "new" -> create(attributes);
            case "set" -> set(attributes);
            case "remove" -> {
                String target = attributes.apply("target");
                yield target == null || target.isEmpty() ? Read.refused("a remove without target")
                        : Read.ok(new RemoveRecord(target));
            }
            case "document-begin" -> Read.ok(new StateItem.DocumentBegin(orEmpty(attributes.apply("prolog"))));
            case "document-end" -> Read.ok(new StateItem.DocumentEnd(orEmpty(attributes.apply("last-sender")),
                    orEmpty(attributes.apply("last-id"))));
            default -> Read.refused("unknown element " + name);
        };
    }

    private static Read create(Function<String, String> a) {
        Optional<NodeType> type = NodeType.fromWire(orEmpty(a.apply("type")));
        String rid = a.apply("rid");
        if (type.isEmpty()) {
            return Read.refused("a new with type " + a.apply("type"));
        }
        if (rid == null || rid.isEmpty()) {
            return Read.refused("a new without rid");
        }
        OptionalInt version = a.apply("version") == null ? OptionalInt.of(0) : version(a.apply("version"));
        Optional<Float> weight = a.apply("primary-weight") == null ? Optional.of(0f) : weight(a.apply("primary-weight"));
        if (version.isEmpty() || weight.isEmpty()) {
            return Read.refused("a new with version " + a.apply("version") + ", weight " + a.apply("primary-weight"));
        }
        NodeType t = type.get();
        boolean pi = t == NodeType.PROCESSING_INSTRUCTION;
        Fields fields = new Fields(orEmpty(a.apply("parent")), weight.get(), t.named() ? orEmpty(a.apply("ns")) : "",
                t.named() ? orEmpty(a.apply("name")) : "", t.hasChdata() ? orEmpty(a.apply("chdata")) : "",
                pi ? orEmpty(a.apply("pitarget")) : "", pi ? orEmpty(a.apply("pidata")) : "");
        return Read.ok(new NewRecord(rid, t, version.getAsInt(), fields, Optional.ofNullable(a.apply("creator")),
                Optional.ofNullable(a.apply("last-modified-by"))));
    }

    private static Read set(Function<String, String> a) {
        String target = a.apply("target");
        if (target == null || target.isEmpty()) {
            return Read.refused("a set without target");
        }
        OptionalInt version = a.apply("version") == null ? OptionalInt.empty() : version(a.apply("version"));
        if (version.isEmpty()) {
            return Read.refused("a set with version " + a.apply("version"));
        }
        Optional<Float> weight = Optional.empty();
        if (a.apply("primary-weight") != null) {
            weight = weight(a.apply("primary-weight"));
            if (weight.isEmpty()) {
                return Read.refused("a set with weight " + a.apply("primary-weight"));
            }
        }
        OptionalInt from = a.apply("replacefrom") == null ? OptionalInt.empty() : version(a.apply("replacefrom"));
        OptionalInt n = a.apply("replacen") == null ? OptionalInt.empty() : version(a.apply("replacen"));
        Optional<String> chdata = Optional.ofNullable(a.apply("chdata"));
        if (from.isPresent() != (a.apply("replacefrom") != null) || n.isPresent() != (a.apply("replacen") != null)
                || from.isPresent() != n.isPresent() || from.isPresent() && chdata.isEmpty()) {
            return Read.refused("a set with replacefrom " + a.apply("replacefrom") + ", replacen " + a.apply("replacen"));
        }
        return Read.ok(new SetRecord(target, version.getAsInt(), Optional.ofNullable(a.apply("parent")), weight,
                Optional.ofNullable(a.apply("ns")), Optional.ofNullable(a.apply("name")), chdata,
                Optional.ofNullable(a.apply("pitarget")), Optional.ofNullable(a.apply("pidata")), from, n));
    }

    static OptionalInt version(String text) {
        if (!text.isEmpty() && text.length() <= 9 && digitsOnly(text, 0)) {
            return OptionalInt.of(Integer.parseInt(text)); // the usual form, without the pattern
        }
        if (!VERSION.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        String digits = text.trim().replace("+", "");
        return OptionalInt.of(Integer.parseInt(digits.length() > 9 ? digits.replaceFirst("^0+(?=.)", "") : digits));
    }

    static Optional<Float> weight(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() > start && text.length() <= 12 && text.charAt(start) != '.' && digitsOnly(text, start)) {
            return Optional.of(Float.parseFloat(text)); // an integer weight, the usual form, without the pattern
        }
        if (!FLOAT.matcher(text).matches()) {
            return Optional.empty();
        }
        float w = Float.parseFloat(text.trim());
        return Float.isFinite(w) ? Optional.of(w) : Optional.empty();
    }

    private static boolean digitsOnly(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
