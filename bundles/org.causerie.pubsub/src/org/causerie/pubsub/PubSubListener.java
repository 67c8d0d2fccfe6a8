package org.causerie.pubsub;

/**
 * Told about events on nodes the user's accounts are subscribed to (XEP-0060
 * §7.1.2, §7.2.2, §8.4, §8.5), on a thread of the service's own, in the order
 * they arrived. Events from personal eventing services (a user's bare JID) go to
 * {@link org.causerie.pubsub.pep.PepListener} instead.
 */
public interface PubSubListener {

    /** @param item an item published (or republished) on a subscribed node */
    default void itemPublished(PubSubItem item) {
    }

    /** @param node the node an item was retracted from, {@code itemId} the item */
    default void itemRetracted(NodeId node, String itemId) {
    }

    /** @param node a node whose items were all purged */
    default void nodePurged(NodeId node) {
    }

    /**
     * A node the account was subscribed to is gone: the service said so (§8.4.2),
     * or a request on it found it missing.
     *
     * @param node the node
     */
    default void nodeDeleted(NodeId node) {
    }
}
