package org.causerie.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Presence received from another entity (one resource).
 *
 * @param from full JID of the sender
 * @param available false for unavailable presence
 * @param mode the sender's mode when available
 * @param status status text, may be empty
 * @param priority the resource's priority
 */
public record PeerPresence(String from, boolean available, Optional<PresenceMode> mode, String status,
        int priority) {

    public PeerPresence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(mode, "mode");
        status = status == null ? "" : status;
    }
}
