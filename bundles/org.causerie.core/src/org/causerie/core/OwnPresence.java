package org.causerie.core;

import java.util.Objects;

/**
 * The presence an account broadcasts.
 *
 * @param mode availability
 * @param status free text, may be empty
 * @param priority -128..127 (RFC 6121 §4.7.2.3); a negative priority receives no bare-JID messages
 */
public record OwnPresence(PresenceMode mode, String status, int priority) {

    public OwnPresence {
        Objects.requireNonNull(mode, "mode");
        status = status == null ? "" : status;
        checkPriority(priority);
    }

    /** @return plain available presence with this priority */
    public static OwnPresence available(int priority) {
        return new OwnPresence(PresenceMode.AVAILABLE, "", priority);
    }

    static void checkPriority(int priority) {
        if (priority < -128 || priority > 127) {
            throw new IllegalArgumentException("priority must be within -128..127: " + priority);
        }
    }
}
