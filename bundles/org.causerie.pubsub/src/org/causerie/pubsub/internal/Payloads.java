package org.causerie.pubsub.internal;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.causerie.pubsub.AtomEntry;

/**
 * Payloads before they are sent and after they arrive: the check a raw XML
 * payload passes (XEP-0060 §7.1.3.6: exactly one child element; a namespace, as
 * every extension element needs one, RFC 6120 §8.4), Atom entries (RFC 4287
 * §4.1.2) written with everything escaped, and the time an Atom entry states.
 */
public final class Payloads {

    /** The largest payload sent: ejabberd's default max_stanza_size is far above, a person's editor far below. */
    public static final int MAX_CHARS = 256 * 1024;

    private static final XMLInputFactory FACTORY = factory();

    private Payloads() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No DTDs and no external entities: a payload is data, never a fetch.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** @return what is wrong with the payload, empty when it can be sent */
    public static Optional<String> check(String xml) {
        if (xml == null || xml.isBlank()) {
            return Optional.of("the payload is empty");
        }
        if (xml.length() > MAX_CHARS) {
            return Optional.of("the payload has " + xml.length() + " characters, more than " + MAX_CHARS);
        }
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            // XMPP forbids DTDs and entity declarations in stanzas (RFC 6120 §11.1).
            return Optional.of("a payload may not have a document type declaration");
        }
        boolean[] afterRoot = {false};
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            int roots = 0;
            int depth = 0;
            afterRoot[0] = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.DTD) {
                    return Optional.of("a payload may not have a document type declaration");
                }
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (depth == 0) {
                        roots++;
                        if (roots > 1) {
                            return Optional.of("a payload is one element; this has several");
                        }
                        String ns = reader.getNamespaceURI();
                        if (ns == null || ns.isEmpty()) {
                            return Optional.of("the element <" + reader.getLocalName()
                                    + "> needs a namespace (xmlns='...')");
                        }
                    }
                    depth++;
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    afterRoot[0] = depth == 0;
                } else if (event == XMLStreamReader.ENTITY_REFERENCE) {
                    return Optional.of("a payload may not use entities other than the XML ones: &"
                            + reader.getLocalName() + ";");
                } else if (event == XMLStreamReader.CHARACTERS && depth == 0 && !reader.isWhiteSpace()) {
                    return Optional.of("text outside the element: " + abbreviate(reader.getText()));
                }
            }
            return roots == 0 ? Optional.of("the payload has no element") : Optional.empty();
        } catch (XMLStreamException e) {
            if (afterRoot[0]) {
                return Optional.of("a payload is one element; there is more after it");
            }
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
            return Optional.of("not well-formed XML" + where + ": " + message);
        }
    }

    /** @return the entry as an Atom {@code <entry>} element */
    public static String atom(AtomEntry entry, Instant now) {
        StringBuilder xml = new StringBuilder("<entry xmlns='").append(AtomEntry.NAMESPACE).append("'>");
        xml.append("<title>").append(escape(entry.title())).append("</title>");
        xml.append("<content type='text'>").append(escape(entry.body())).append("</content>");
        entry.link().filter(l -> !l.isBlank())
                .ifPresent(l -> xml.append("<link rel='alternate' href='").append(escape(l.trim())).append("'/>"));
        // RFC 4287 §4.1.2: an entry has an id and an updated time.
        xml.append("<id>urn:uuid:").append(java.util.UUID.randomUUID()).append("</id>");
        xml.append("<published>").append(now).append("</published>");
        xml.append("<updated>").append(now).append("</updated>");
        return xml.append("</entry>").toString();
    }

    /** @return the {@code updated} (else {@code published}) time of an Atom entry */
    public static Optional<Instant> atomTime(String xml) {
        if (!xml.contains(AtomEntry.NAMESPACE)) {
            return Optional.empty();
        }
        Optional<Instant> updated = element(xml, "updated");
        return updated.isPresent() ? updated : element(xml, "published");
    }

    private static Optional<Instant> element(String xml, String name) {
        int start = xml.indexOf("<" + name + ">");
        int end = xml.indexOf("</" + name + ">");
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(xml.substring(start + name.length() + 2, end).trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 §2.2: control characters other than tab, LF, CR cannot be sent.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
