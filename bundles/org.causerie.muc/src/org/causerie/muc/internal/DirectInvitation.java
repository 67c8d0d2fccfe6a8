package org.causerie.muc.internal;

import java.util.Optional;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smack.xml.XmlPullParser;

/**
 * A direct invitation (XEP-0249 §2): {@code <x xmlns='jabber:x:conference' jid='room'
 * password='..' reason='..'/>}. Smack 4.4's {@code GroupChatInvitation} keeps only the
 * JID; this one keeps the password and the reason. Its provider replaces Smack's
 * while the bundle runs, and Smack's comes back when it stops.
 *
 * @param room the room's JID
 * @param password the room's password, if any
 * @param reason the inviter's words, if any
 */
record DirectInvitation(String room, Optional<String> password, Optional<String> reason)
        implements ExtensionElement {

    static final String ELEMENT = "x";
    static final String NAMESPACE = "jabber:x:conference";
    static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosing) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosing);
        xml.attribute("jid", room);
        xml.optAttribute("password", password.orElse(null));
        xml.optAttribute("reason", reason.orElse(null));
        return xml.closeEmptyElement();
    }

    /** Parses {@link DirectInvitation}; it has no children. */
    static final class Provider extends ExtensionElementProvider<DirectInvitation> {

        static final Provider INSTANCE = new Provider();

        @Override
        public DirectInvitation parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment) {
            String room = parser.getAttributeValue("", "jid");
            return new DirectInvitation(room == null ? "" : room,
                    OccupantPresence.nonEmpty(parser.getAttributeValue("", "password")),
                    OccupantPresence.nonEmpty(parser.getAttributeValue("", "reason")));
        }
    }
}
