package org.causerie.pubsub.internal.pep;


import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.NamedElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.RetractItem;
import org.jxmpp.jid.Jid;

/**
 * One account's personal eventing notifications (XEP-0163 §4.3) on the nodes
 * this bundle follows: the payload's XML, or an empty string when the value went
 * away (retracted, purged, node deleted).
 */
final class PepEvents implements StanzaListener {

    /** Receives (publisher's bare JID, node, payload XML or ""). */
    interface Sink {
        void changed(String jid, String node, String xml);
    }

    static final StanzaFilter FILTER = new AndFilter(StanzaTypeFilter.MESSAGE,
            new StanzaExtensionFilter(EventElement.ELEMENT, EventElement.NAMESPACE));

    private final Sink sink;

    PepEvents(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void processStanza(Stanza stanza) {
        Jid from = stanza.getFrom();
        EventElement event = EventElement.from(stanza);
        if (from == null || event == null || !from.hasLocalpart()) {
            return;
        }
        NodeExtension extension = event.getEvent();
        if (extension == null || !PepNodes.FOLLOWED.contains(extension.getNode())) {
            return;
        }
        String jid = from.asBareJid().toString();
        String node = extension.getNode();
        switch (event.getEventType()) {
            case items -> items(jid, node, (ItemsExtension) extension, sink::changed);
            case purge, delete -> sink.changed(jid, node, "");
            default -> {
                // configuration and subscription events say nothing about the value
            }
        }
    }

    private static void items(String jid, String node, ItemsExtension items, Sink sink) {
        for (NamedElement element : items.getItems()) {
            if (element instanceof RetractItem) {
                sink.changed(jid, node, "");
            } else if (element instanceof PayloadItem<?> item && item.getPayload() != null) {
                sink.changed(jid, node, item.getPayload().toXML().toString());
            } else if (element instanceof Item) {
                // a notification without payload (§7.1.2.2): nothing to show
                continue;
            }
        }
    }

}
