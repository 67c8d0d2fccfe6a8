package org.causerie.pubsub.internal.pep;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.AvatarInfo;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.Tune;

/**
 * Reads the personal eventing payloads into an {@link ExtendedPresence}: an
 * empty element clears the value (XEP-0107 §2.2, XEP-0108 §2.2, XEP-0118 §2.2,
 * XEP-0080 §5, XEP-0084 §4.2.2). A payload that does not parse changes nothing.
 */
final class PepXml {

    private static final XMLInputFactory FACTORY = factory();

    private PepXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The payload's children: name → text, and the first child's and grandchild's names. */
    private record Parsed(String namespace, Map<String, String> texts, Map<String, Map<String, String>> attributes,
            Optional<String> first, Optional<String> firstGrandchild, String rootText) {
    }

    /** @return {@code current} with the node's value from the payload replaced; empty payload XML clears it */
    static ExtendedPresence apply(ExtendedPresence current, String node, String xml) {
        Optional<Parsed> parsed = xml.isBlank() ? Optional.empty() : parse(xml);
        if (!xml.isBlank() && parsed.isEmpty()) {
            return current;
        }
        return switch (node) {
            case PepNodes.MOOD -> current.withMood(parsed.flatMap(PepXml::mood));
            case PepNodes.ACTIVITY -> current.withActivity(parsed.flatMap(PepXml::activity));
            case PepNodes.TUNE -> current.withTune(parsed.flatMap(PepXml::tune));
            case PepNodes.GEOLOC -> current.withGeoloc(parsed.flatMap(PepXml::geoloc));
            case PepNodes.NICK -> current.withNick(parsed.map(Parsed::rootText).map(String::strip)
                    .filter(s -> !s.isEmpty()));
            case PepNodes.AVATAR_METADATA -> current.withAvatar(parsed.flatMap(PepXml::avatar));
            default -> current;
        };
    }

    private static Optional<Mood> mood(Parsed p) {
        return p.first().filter(n -> !n.equals("text")).map(v -> new Mood(v, text(p, "text")));
    }

    private static Optional<Activity> activity(Parsed p) {
        return p.first().filter(n -> !n.equals("text"))
                .map(g -> new Activity(g, p.firstGrandchild().filter(s -> !s.equals("text")), text(p, "text")));
    }

    private static Optional<Tune> tune(Parsed p) {
        if (p.texts().isEmpty()) {
            return Optional.empty();
        }
        OptionalInt length = OptionalInt.empty();
        try {
            length = text(p, "length").map(Integer::parseInt).map(OptionalInt::of).orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            // a length that is not a number is left out
        }
        return Optional.of(new Tune(text(p, "artist"), text(p, "title"), text(p, "source"), length, text(p, "uri")));
    }

    private static Optional<GeoLocation> geoloc(Parsed p) {
        if (p.texts().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoLocation(number(p, "lat"), number(p, "lon"), number(p, "accuracy"),
                    text(p, "locality"), text(p, "country"), text(p, "text")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<AvatarInfo> avatar(Parsed p) {
        Map<String, String> info = p.attributes().get("info");
        if (info == null || info.get("id") == null || info.get("type") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AvatarInfo(info.get("id"), info.get("type"),
                    Integer.parseInt(info.getOrDefault("bytes", "0")), integer(info.get("width")),
                    integer(info.get("height"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt integer(String value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
    }

    private static Optional<String> text(Parsed p, String name) {
        return Optional.ofNullable(p.texts().get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static OptionalDouble number(Parsed p, String name) {
        try {
            return text(p, name).map(Double::parseDouble).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Optional<Parsed> parse(String xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
            String namespace = "";
            String first = null;
            String grandchild = null;
            String current = null;
            StringBuilder rootText = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        namespace = reader.getNamespaceURI();
                    } else if (depth == 2) {
                        current = reader.getLocalName();
                        first = first == null ? current : first;
                        text.setLength(0);
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attrs.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        attributes.putIfAbsent(current, attrs);
                    } else if (depth == 3 && grandchild == null && current != null && current.equals(first)) {
                        grandchild = reader.getLocalName();
                    }
                } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                    (depth == 1 ? rootText : text).append(reader.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (depth == 2 && current != null) {
                        texts.putIfAbsent(current, text.toString());
                    }
                    depth--;
                }
            }
            return Optional.of(new Parsed(namespace, texts, attributes, Optional.ofNullable(first),
                    Optional.ofNullable(grandchild), rootText.toString()));
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }
}
