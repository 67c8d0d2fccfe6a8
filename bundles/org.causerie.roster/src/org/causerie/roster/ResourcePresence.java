package org.causerie.roster;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import org.causerie.core.PresenceMode;

/**
 * The presence of one available resource (RFC 6121 §4.7).
 *
 * @param fullJid the resource's full JID, {@code user@domain/resource}
 * @param mode its availability ({@link PresenceMode#AVAILABLE} when it sent no {@code show})
 * @param status its status text, may be empty
 * @param priority -128..127 (RFC 6121 §4.7.2.3)
 * @param since when this client received the resource's latest presence
 */
public record ResourcePresence(String fullJid, PresenceMode mode, String status, int priority, Instant since) {

    /**
     * Highest priority first, then the most recent: the order in which a server
     * prefers resources for messages to the bare JID (RFC 6121 §8.5.2.1.1).
     */
    public static final Comparator<ResourcePresence> PREFERRED_FIRST = Comparator
            .comparingInt(ResourcePresence::priority).reversed()
            .thenComparing(ResourcePresence::since, Comparator.reverseOrder())
            .thenComparing(ResourcePresence::fullJid);

    public ResourcePresence {
        Objects.requireNonNull(fullJid, "fullJid");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(since, "since");
        status = status == null ? "" : status;
    }

    /** @return the resource part of the JID, empty when there is none */
    public String resource() {
        int slash = fullJid.indexOf('/');
        return slash < 0 ? "" : fullJid.substring(slash + 1);
    }
}
