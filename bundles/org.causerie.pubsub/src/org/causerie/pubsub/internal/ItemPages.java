package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.pubsub.ItemPage;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jivesoftware.smackx.rsm.packet.RSMSet;
import org.jxmpp.jid.Jid;

/**
 * Items a page at a time, newest first: {@code <items node=''/>} with an XEP-0059
 * {@code <set>} asking for the page before a cursor, or the last page with an empty
 * {@code <before/>} (XEP-0059 §2.5), in the same {@code <pubsub>} (XEP-0060 §6.5.4).
 * Smack's {@code LeafNode.getItems} cannot carry a result set. Blocking; run on the
 * service's executor.
 */
final class ItemPages {

    private ItemPages() {
    }

    static ItemPage page(XMPPConnection connection, Jid service, NodeId node, int max, Optional<String> before)
            throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.get,
                new NodeExtension(PubSubElementType.ITEMS, node.node()));
        request.addExtension(new Before(max, before));
        PubSub answer = connection.sendIqRequestAndWaitForResponse(request);
        List<PubSubItem> items = new ArrayList<>();
        if (answer.getExtension(PubSubElementType.ITEMS) instanceof ItemsExtension found) {
            for (var element : found.getItems()) {
                if (element instanceof Item item) {
                    items.add(Conversions.item(node, item, Optional.empty(), Optional.empty()));
                }
            }
        }
        RSMSet set = RSMSet.from(answer);
        Optional<String> first = set == null || items.isEmpty() ? Optional.empty()
                : Optional.ofNullable(set.getFirst()).filter(f -> !f.isEmpty());
        Optional<Integer> count = set == null || set.getCount() < 0 ? Optional.empty() : Optional.of(set.getCount());
        return new ItemPage(items, first, count);
    }

    /** {@code <set><max/><before>cursor</before></set>}, or {@code <before/>} for the last page. */
    record Before(int max, Optional<String> cursor) implements ExtensionElement {

        @Override
        public String getNamespace() {
            return RSMSet.NAMESPACE;
        }

        @Override
        public String getElementName() {
            return RSMSet.ELEMENT;
        }

        @Override
        public XmlStringBuilder toXML(XmlEnvironment environment) {
            XmlStringBuilder xml = new XmlStringBuilder(this, environment);
            xml.rightAngleBracket();
            xml.element("max", Integer.toString(max));
            if (cursor.isPresent()) {
                xml.element("before", cursor.get());
            } else {
                xml.emptyElement("before");
            }
            xml.closeElement(this);
            return xml;
        }
    }
}
