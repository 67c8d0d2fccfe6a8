package org.causerie.pubsub.internal;

import java.io.IOException;
import java.util.Locale;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.EventElementType;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PubSubElementType;

/**
 * Parses {@code <event xmlns='http://jabber.org/protocol/pubsub#event'>} like
 * Smack's provider, without its failure on children it has no provider for:
 * Smack 4.4 casts every child to a node extension, so a subscription-state event
 * (XEP-0060 §8.8.4, sent by ejabberd when an owner removes a subscription) throws
 * a ClassCastException on the reader thread and the connection is closed. Such a
 * child becomes an event of its type with only its node.
 */
final class TolerantEventProvider extends ExtensionElementProvider<EventElement> {

    @Override
    public EventElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        EventElement event = null;
        while (true) {
            XmlPullParser.Event next = parser.next();
            if (next == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == initialDepth + 1) {
                String name = parser.getName();
                String node = parser.getAttributeValue(null, "node");
                ExtensionElement child = PacketParserUtils.parseExtensionElement(name, parser.getNamespace(), parser,
                        xmlEnvironment);
                if (event == null) {
                    event = event(name, node, child);
                }
            } else if (next == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            } else if (next == XmlPullParser.Event.END_DOCUMENT) {
                break;
            }
        }
        return event != null ? event : new EventElement(EventElementType.subscription,
                new NodeExtension(PubSubElementType.SUBSCRIPTION, null));
    }

    private static EventElement event(String name, String node, ExtensionElement child) {
        EventElementType type;
        try {
            type = EventElementType.valueOf(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            type = EventElementType.subscription;
        }
        if (child instanceof NodeExtension extension) {
            return new EventElement(type, extension);
        }
        return new EventElement(type, new NodeExtension(PubSubElementType.SUBSCRIPTION, node));
    }
}
