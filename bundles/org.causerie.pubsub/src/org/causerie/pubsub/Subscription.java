package org.causerie.pubsub;

import java.util.Objects;
import java.util.Optional;

/**
 * A subscription to a node (XEP-0060 §5.6, §8.8).
 *
 * @param node the node
 * @param jid the subscribed JID
 * @param state its state
 * @param subId the subscription id, when the service uses them
 */
public record Subscription(NodeId node, String jid, SubscriptionState state, Optional<String> subId) {

    public Subscription {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(subId, "subId");
    }
}
