package org.causerie.pubsub;

import java.util.Objects;
import java.util.Optional;

/**
 * A node listed by a service or a collection (disco#items, XEP-0060 §5.2).
 *
 * @param id the node
 * @param name its human-readable name, when the service gives one
 */
public record NodeEntry(NodeId id, Optional<String> name) {

    public NodeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
