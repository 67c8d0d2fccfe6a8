package org.causerie.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An extension element a message carried beside (or instead of) its body, kept
 * as XML text so that no Smack type crosses the API: for example
 * {@code <attention xmlns='urn:xmpp:attention:0'/>} (XEP-0224). Bounded: the
 * XML is at most {@value #MAX_XML_CHARS} characters, and a message keeps at most
 * {@value #MAX_PER_MESSAGE} payloads, so hostile input cannot grow a message
 * without limit. Captured only for the namespaces a
 * {@link MessagePayloadContribution} asks for.
 *
 * @param namespace the element's XML namespace, e.g. {@code urn:xmpp:attention:0}
 * @param element the element's local name, e.g. {@code attention}
 * @param xml the whole element as XML text, as the server sent it (parsed, then written again)
 */
public record Payload(String namespace, String element, String xml) {

    /** The longest XML kept for one payload; a longer element is not kept at all (cut XML is not XML). */
    public static final int MAX_XML_CHARS = 16 * 1024;
    /** The most payloads one message keeps; the later ones are left out. */
    public static final int MAX_PER_MESSAGE = 8;
    /** The longest namespace kept. */
    public static final int MAX_NAMESPACE_CHARS = 1024;

    /** An XML local name (XML 1.0 §2.3 NCName, ASCII letters plus any non-ASCII letter or digit). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\u00b7]{0,255}");

    /**
     * @throws IllegalArgumentException when the namespace is empty or too long, the element is not an
     *         XML name, or the XML is empty, too long, or does not start with that element
     */
    public Payload {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(xml, "xml");
        if (namespace.isBlank() || namespace.length() > MAX_NAMESPACE_CHARS) {
            throw new IllegalArgumentException("bad payload namespace (empty or over "
                    + MAX_NAMESPACE_CHARS + " characters)");
        }
        if (!NAME.matcher(element).matches()) {
            throw new IllegalArgumentException("bad payload element name");
        }
        if (xml.length() > MAX_XML_CHARS) {
            throw new IllegalArgumentException("payload of " + xml.length() + " characters; at most "
                    + MAX_XML_CHARS + " are kept");
        }
        if (!xml.startsWith("<" + element) || !xml.endsWith(">")) {
            throw new IllegalArgumentException("payload XML is not a <" + element + "> element");
        }
    }

    /** @return whether this payload is the element {@code element} of {@code namespace} */
    public boolean is(String namespace, String element) {
        return this.namespace.equals(namespace) && this.element.equals(element);
    }
}
