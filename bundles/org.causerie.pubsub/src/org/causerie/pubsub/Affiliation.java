package org.causerie.pubsub;

import java.util.Locale;
import java.util.Optional;

/** A node affiliation (XEP-0060 §4.1, table 1). */
public enum Affiliation {
    OWNER,
    PUBLISHER,
    PUBLISH_ONLY,
    MEMBER,
    NONE,
    OUTCAST;

    /** @return the name on the wire, e.g. {@code publish-only} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the affiliation with that wire name, empty for one this client does not know */
    public static Optional<Affiliation> fromWire(String name) {
        for (Affiliation a : values()) {
            if (a.wireName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
