package org.causerie.example.attention.internal;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;

/** {@code <attention xmlns='urn:xmpp:attention:0'/>} (XEP-0224 §3): an empty element. */
public final class Attention implements ExtensionElement {

    public static final String ELEMENT = "attention";
    public static final String NAMESPACE = "urn:xmpp:attention:0";
    public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    /** The one instance: the element carries nothing. */
    public static final Attention INSTANCE = new Attention();

    private Attention() {
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
    public CharSequence toXML(XmlEnvironment enclosingNamespace) {
        return "<" + ELEMENT + " xmlns='" + NAMESPACE + "'/>";
    }

    /** @return whether the stanza carries an attention element */
    public static boolean in(Stanza stanza) {
        return stanza.hasExtension(ELEMENT, NAMESPACE);
    }
}
