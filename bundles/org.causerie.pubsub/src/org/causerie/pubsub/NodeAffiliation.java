package org.causerie.pubsub;

import java.util.Objects;

/**
 * One entity's affiliation with a node (XEP-0060 §8.9).
 *
 * @param jid the entity's bare JID
 * @param affiliation what it may do
 */
public record NodeAffiliation(String jid, Affiliation affiliation) {

    public NodeAffiliation {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(affiliation, "affiliation");
    }
}
