package org.causerie.core;

/** The server refused an in-band registration or password change (XEP-0077). */
public final class RegistrationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String condition;

    /**
     * @param condition the stanza error condition, e.g. {@code conflict} for a taken name
     * @param message human readable detail
     */
    public RegistrationException(String condition, String message) {
        super(condition + (message == null || message.isEmpty() ? "" : ": " + message));
        this.condition = condition;
    }

    /** @return the XMPP stanza error condition (RFC 6120 §8.3.3) */
    public String condition() {
        return condition;
    }
}
