package org.causerie.pubsub;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of a node: retrieved (XEP-0060 §6.5) or notified (§7.1.2).
 *
 * @param node where it was published
 * @param id the item's id
 * @param publisher who published it, when the service tells (the item's
 *        {@code publisher} attribute, §7.1.2.2, given by nodes configured with
 *        {@code pubsub#itemreply=publisher})
 * @param time when it was published: a delay stamp (XEP-0203), an Atom entry's
 *        {@code updated}/{@code published}, or for a live notification the time
 *        it arrived; empty when nothing tells
 * @param payloadXml the payload as XML; empty for a notification without
 *        payload (nodes that do not deliver payloads)
 */
public record PubSubItem(NodeId node, String id, Optional<String> publisher, Optional<Instant> time,
        String payloadXml) {

    public PubSubItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payloadXml, "payloadXml");
    }
}
