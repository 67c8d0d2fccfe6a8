package org.causerie.pubsub.internal;

import java.time.Instant;
import java.util.Optional;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.PayloadItem;

/** Smack's pubsub values to Causerie's and back. */
final class Conversions {

    private Conversions() {
    }

    static SubscriptionState state(org.jivesoftware.smackx.pubsub.Subscription.State state) {
        if (state == null) {
            // §6.1.2: a subscription without state is a plain success.
            return SubscriptionState.SUBSCRIBED;
        }
        return switch (state) {
            case subscribed -> SubscriptionState.SUBSCRIBED;
            case pending -> SubscriptionState.PENDING;
            case unconfigured -> SubscriptionState.UNCONFIGURED;
            case none -> SubscriptionState.NONE;
        };
    }

    static org.jivesoftware.smackx.pubsub.Subscription.State state(SubscriptionState state) {
        return switch (state) {
            case SUBSCRIBED -> org.jivesoftware.smackx.pubsub.Subscription.State.subscribed;
            case PENDING -> org.jivesoftware.smackx.pubsub.Subscription.State.pending;
            case UNCONFIGURED -> org.jivesoftware.smackx.pubsub.Subscription.State.unconfigured;
            case NONE -> org.jivesoftware.smackx.pubsub.Subscription.State.none;
        };
    }

    static Subscription subscription(String accountId, String service, String fallbackNode,
            org.jivesoftware.smackx.pubsub.Subscription s) {
        String node = s.getNode() == null || s.getNode().isEmpty() ? fallbackNode : s.getNode();
        return new Subscription(new NodeId(accountId, service, node), String.valueOf(s.getJid()), state(s.getState()),
                Optional.ofNullable(s.getId()).filter(i -> !i.isEmpty()));
    }

    /**
     * @param delay the stanza's delay stamp (XEP-0203), if any
     * @param arrived for a live notification, when it arrived
     */
    static PubSubItem item(NodeId node, Item item, Optional<Instant> delay, Optional<Instant> arrived) {
        String xml = item instanceof PayloadItem<?> p && p.getPayload() != null
                ? p.getPayload().toXML().toString() : "";
        Optional<String> publisher = item instanceof PublishedItem<?> published ? published.publisher()
                : Optional.empty();
        Optional<Instant> time = delay.isPresent() ? delay : Payloads.atomTime(xml);
        if (time.isEmpty()) {
            time = arrived;
        }
        return new PubSubItem(node, item.getId() == null ? "" : item.getId(), publisher, time, xml);
    }
}
