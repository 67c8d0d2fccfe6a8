package org.causerie.pubsub;

import java.util.Objects;

/** A publish-subscribe request that failed, with the reason in {@link #error()}. */
public final class PubSubException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PubSubError error;

    public PubSubException(PubSubError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return why it failed */
    public PubSubError error() {
        return error;
    }
}
