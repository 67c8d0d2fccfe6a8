package org.causerie.pubsub.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubListener;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.NamedElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.RetractItem;
import org.jxmpp.jid.Jid;

/**
 * One account's pubsub event notifications (XEP-0060 §7.1.2, §7.2.2, §8.4.2,
 * §8.5.2), turned into {@link PubSubListener} calls. Notifications from a
 * user's personal eventing service (a JID with a local part, XEP-0163) are left
 * to the PEP service.
 */
final class Events implements StanzaListener {

    static final StanzaFilter FILTER = new AndFilter(StanzaTypeFilter.MESSAGE,
            new StanzaExtensionFilter(EventElement.ELEMENT, EventElement.NAMESPACE));

    private final String accountId;
    private final Consumer<Consumer<PubSubListener>> post;
    private final Consumer<NodeId> deleted;

    Events(String accountId, Consumer<Consumer<PubSubListener>> post, Consumer<NodeId> deleted) {
        this.accountId = accountId;
        this.post = post;
        this.deleted = deleted;
    }

    @Override
    public void processStanza(Stanza stanza) {
        Jid from = stanza.getFrom();
        EventElement event = EventElement.from(stanza);
        if (from == null || event == null || from.hasLocalpart()) {
            return;
        }
        Instant arrived = Instant.now();
        Optional<Instant> delay = Optional.ofNullable(DelayInformation.from(stanza))
                .map(d -> d.getStamp().toInstant());
        NodeExtension extension = event.getEvent();
        if (extension == null || extension.getNode() == null) {
            return;
        }
        NodeId node = new NodeId(accountId, from.asBareJid().toString(), extension.getNode());
        switch (event.getEventType()) {
            case items -> items(node, (ItemsExtension) extension, delay, arrived);
            case purge -> post.accept(l -> l.nodePurged(node));
            case delete -> deleted.accept(node);
            default -> {
                // configuration, subscription, collection: not reported
            }
        }
    }

    private void items(NodeId node, ItemsExtension items, Optional<Instant> delay, Instant arrived) {
        for (NamedElement element : items.getItems()) {
            if (element instanceof RetractItem retract) {
                post.accept(l -> l.itemRetracted(node, retract.getId()));
            } else if (element instanceof Item item) {
                var value = Conversions.item(node, item, delay, Optional.of(arrived));
                post.accept(l -> l.itemPublished(value));
            }
        }
    }
}
