package org.causerie.roster;

import java.util.Optional;

/**
 * A roster operation or query failed: the other side or the server answered with
 * an error (RFC 6120 §8.3), did not answer, or the account is not connected.
 */
public final class RosterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The error condition, e.g. "service-unavailable", when the peer sent one. */
    private final String condition;

    /**
     * @param message what failed, in words
     * @param condition the stanza error condition (RFC 6120 §8.3.3), or null
     * @param cause the underlying failure, or null
     */
    public RosterException(String message, String condition, Throwable cause) {
        super(message, cause);
        this.condition = condition;
    }

    /** @return the stanza error condition the peer sent, if any */
    public Optional<String> condition() {
        return Optional.ofNullable(condition);
    }
}
