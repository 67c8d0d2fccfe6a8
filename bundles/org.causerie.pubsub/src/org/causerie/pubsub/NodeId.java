package org.causerie.pubsub;

import java.util.Objects;

/**
 * A node on a publish-subscribe service, as one account sees it.
 *
 * @param accountId the account that talks to the service
 * @param service the service's JID, e.g. {@code pubsub.example.org}, or a user's
 *        bare JID for their personal eventing service (XEP-0163)
 * @param node the node's name (NodeID, XEP-0060 §4.2)
 */
public record NodeId(String accountId, String service, String node) {

    public NodeId {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public String toString() {
        return service + "/" + node;
    }
}
