package org.causerie.pubsub;

import java.util.Objects;

import org.causerie.core.form.DataForm;

/**
 * What a node says about itself (disco#info, XEP-0060 §5.3–§5.4).
 *
 * @param id the node
 * @param kind leaf or collection (its {@code pubsub} identity's type)
 * @param metadata the {@code pubsub#meta-data} form (§16.4.3); a form without
 *        fields when the service gives none
 */
public record NodeInfo(NodeId id, NodeKind kind, DataForm metadata) {

    public NodeInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metadata, "metadata");
    }
}
