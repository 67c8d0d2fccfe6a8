package org.causerie.whiteboard.internal.sxe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;

/**
 * {@code <sxe xmlns='urn:xmpp:sxe:0' session='…' id='…'>} (XEP-0284 §10.1).
 * Immutable. {@link #refused()} lists what the provider could not read (it
 * never throws on bad input).
 */
public final class SxeElement implements ExtensionElement {

    public static final String NAMESPACE = "urn:xmpp:sxe:0";
    public static final String ELEMENT = "sxe";
    public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    private final String session;
    private final String id;
    private final Optional<String> name;
    private final SxePayload payload;
    private final List<String> refused;
    /** Its XML when written already (a state's elements are written as they are cut), else null. */
    private final String xml;

    public SxeElement(String session, String id, SxePayload payload) {
        this(session, id, Optional.empty(), payload, List.of());
    }

    public SxeElement(String session, String id, Optional<String> name, SxePayload payload, List<String> refused) {
        this(session, id, name, payload, refused, null);
    }

    /** @param xml the element written by {@link SxeXml} from the same values, or null */
    SxeElement(String session, String id, Optional<String> name, SxePayload payload, List<String> refused,
            String xml) {
        this.session = Objects.requireNonNull(session, "session");
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.refused = List.copyOf(refused);
        this.xml = xml;
    }

    /** @return the element in a stanza, if any */
    public static Optional<SxeElement> from(Stanza stanza) {
        return stanza.getExtension(ELEMENT, NAMESPACE) instanceof SxeElement sxe ? Optional.of(sxe) : Optional.empty();
    }

    public String session() {
        return session;
    }

    /** @return its id, empty when the sender gave none (the schema still allows that) */
    public String id() {
        return id;
    }

    /** @return the session's descriptive name, advertised in presence (§6) */
    public Optional<String> name() {
        return name;
    }

    public SxePayload payload() {
        return payload;
    }

    /** @return what the provider could not read, with reasons */
    public List<String> refused() {
        return refused;
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public CharSequence toXML(XmlEnvironment enclosing) {
        return xml != null ? xml : SxeXml.write(this);
    }

    @Override
    public String toString() {
        return xml != null ? xml : SxeXml.write(this);
    }
}
