package org.causerie.whiteboard.internal.sxe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Parses {@code <sxe xmlns='urn:xmpp:sxe:0'/>}. Bad records, oversized records
 * and records beyond the per-element bound are left out, each with a reason in
 * {@link SxeElement#refused()}; only a broken XML stream makes it throw.
 */
public final class SxeProvider extends ExtensionElementProvider<SxeElement> {

    /** Items one {@code <sxe/>} element may carry (a state transfer is sent in many). */
    public static final int MAX_ITEMS = 5_000;

    private volatile WhiteboardLimits limits;

    public SxeProvider(WhiteboardLimits limits) {
        this.limits = limits;
    }

    public void limits(WhiteboardLimits value) {
        limits = value;
    }

    @Override
    public SxeElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment)
            throws XmlPullParserException, IOException {
        String session = orEmpty(parser.getAttributeValue("", "session"));
        String id = orEmpty(parser.getAttributeValue("", "id"));
        Optional<String> name = Optional.ofNullable(parser.getAttributeValue("", "name"));
        List<String> refused = new ArrayList<>();
        SxePayload payload = new SxePayload.None();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != initialDepth + 1) {
                continue;
            }
            if (!SxeElement.NAMESPACE.equals(parser.getNamespace())) {
                refused.add("a child in namespace " + parser.getNamespace());
                continue;
            }
            switch (parser.getName()) {
                case "connect" -> payload = new SxePayload.Connect();
                case "accept-state" -> payload = new SxePayload.AcceptState(asksStored(parser));
                case "refuse-state" -> payload = new SxePayload.RefuseState();
                case "state-offer" -> payload = new SxePayload.StateOffer(descriptions(parser));
                case "state" -> payload = new SxePayload.State(items(parser, refused));
                default -> refused.add("unknown payload " + parser.getName());
            }
        }
        return new SxeElement(session, id, name, payload, refused);
    }

    private static List<String> descriptions(XmlPullParser parser) throws XmlPullParserException, IOException {
        int depth = parser.getDepth();
        List<String> out = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth) {
                return out;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1
                    && "description".equals(parser.getName()) && out.size() < 16) {
                out.add(orEmpty(parser.getNamespace()));
            }
        }
    }

    /** @return whether an {@code accept-state} holds Causerie's {@code <stored/>} (the parser leaves it at its end) */
    private static boolean asksStored(XmlPullParser parser) throws XmlPullParserException, IOException {
        int depth = parser.getDepth();
        boolean stored = false;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth) {
                return stored;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1
                    && "stored".equals(parser.getName()) && StateItem.Stored.NAMESPACE.equals(parser.getNamespace())) {
                stored = true;
            }
        }
    }

    /** @return Causerie's reference to a stored snapshot, or why it is refused */
    private static RecordReader.Read stored(Attributes attributes) {
        String service = orEmpty(attributes.apply("service"));
        String generation = orEmpty(attributes.apply("generation"));
        if (service.isEmpty() || generation.isEmpty() || service.length() > StateItem.Stored.MAX_CHARS
                || generation.length() > StateItem.Stored.MAX_CHARS) {
            return RecordReader.Read.refused("a stored reference without a service and a generation of at most "
                    + StateItem.Stored.MAX_CHARS + " characters");
        }
        return RecordReader.Read.ok(new StateItem.Stored(service, generation));
    }

    private List<StateItem> items(XmlPullParser parser, List<String> refused)
            throws XmlPullParserException, IOException {
        WhiteboardLimits now = limits;
        int depth = parser.getDepth();
        List<StateItem> out = new ArrayList<>();
        Attributes attributes = new Attributes();
        int skipped = 0;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != depth + 1) {
                continue;
            }
            if (out.size() >= MAX_ITEMS) {
                skipped++;
                continue;
            }
            attributes.clear();
            long chars = 0;
            for (int i = 0; i < parser.getAttributeCount(); i++) {
                String value = orEmpty(parser.getAttributeValue(i));
                chars += value.length();
                String ns = parser.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    attributes.put(parser.getAttributeName(i), value);
                }
            }
            if (chars > now.maxRecordChars()) {
                refused.add("a " + parser.getName() + " of " + chars + " characters");
                continue;
            }
            RecordReader.Read read = SxeElement.NAMESPACE.equals(parser.getNamespace())
                    ? RecordReader.read(parser.getName(), attributes)
                    : StateItem.Stored.NAMESPACE.equals(parser.getNamespace()) && "stored".equals(parser.getName())
                            ? stored(attributes)
                            : RecordReader.Read.refused("a record in namespace " + parser.getNamespace());
            read.item().ifPresentOrElse(out::add, () -> refused.add(read.reason()));
        }
        if (skipped > 0) {
            refused.add(skipped + " records beyond " + MAX_ITEMS + " in one element");
        }
        return out;
    }

    /**
     * One record's attributes by local name: a record has a handful, so two small arrays
     * searched in order beat a hash map made for each of a state's tens of thousands of records.
     */
    private static final class Attributes implements Function<String, String> {
        private String[] names = new String[16];
        private String[] values = new String[16];
        private int size;

        void clear() {
            size = 0;
        }

        void put(String name, String value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        @Override
        public String apply(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
