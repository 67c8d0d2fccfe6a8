package org.causerie.whiteboard.tests;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smackx.hints.element.StoreHint;
import org.jxmpp.jid.impl.JidCreate;

/** Hand-written {@code <sxe/>} groupchat messages, as another client (or a hostile one) would send them. */
final class Raw {

    private Raw() {
    }

    /**
     * Sends {@code <sxe xmlns='urn:xmpp:sxe:0' session='…' id='…'>inner</sxe>} to the room.
     *
     * @param store whether the message asks the room to archive it (XEP-0334)
     */
    static void send(XmppSession session, String room, String sxeSession, String id, String inner, boolean store) {
        String xml = "<sxe xmlns='urn:xmpp:sxe:0' session='" + sxeSession + "' id='" + id + "'>" + inner + "</sxe>";
        MessageBuilder message = StanzaBuilder.buildMessage(id).to(JidCreate.fromOrThrowUnchecked(room))
                .ofType(Message.Type.groupchat).addExtension(element(xml));
        if (store) {
            message.addExtension(StoreHint.INSTANCE);
        }
        ((SmackSession) session).send(message.build());
    }

    /**
     * Sends {@code <sxe xmlns='urn:xmpp:sxe:0' session='…' id='…'>inner</sxe>} to one occupant of the
     * room ({@code room/nick}), privately, as a board's state offers and transfers go.
     */
    static void direct(XmppSession session, String occupant, String sxeSession, String id, String inner) {
        String xml = "<sxe xmlns='urn:xmpp:sxe:0' session='" + sxeSession + "' id='" + id + "'>" + inner + "</sxe>";
        ((SmackSession) session).send(StanzaBuilder.buildMessage(id).to(JidCreate.fromOrThrowUnchecked(occupant))
                .ofType(Message.Type.chat).addExtension(element(xml))
                .addExtension(org.jivesoftware.smack.packet.StandardExtensionElement
                        .builder("x", "http://jabber.org/protocol/muc#user").build()).build());
    }

    private static ExtensionElement element(String xml) {
        return new ExtensionElement() {
            @Override
            public String getNamespace() {
                return "urn:xmpp:sxe:0";
            }

            @Override
            public String getElementName() {
                return "sxe";
            }

            @Override
            public CharSequence toXML(XmlEnvironment enclosing) {
                return xml;
            }
        };
    }
}
