package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;

/** A room operation that failed, with the reason in {@link #error()}. */
public final class MucException extends Exception {

    private static final long serialVersionUID = 1L;

    private final MucError error;

    private final transient Optional<String> suggestedNick;

    /**
     * @param error why
     * @param message the details (the server's text, if it gave one)
     * @param suggestedNick for {@link MucError#NICK_IN_USE}, a nickname that may be free
     */
    public MucException(MucError error, String message, Optional<String> suggestedNick) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
        this.suggestedNick = Objects.requireNonNull(suggestedNick, "suggestedNick");
    }

    public MucException(MucError error, String message) {
        this(error, message, Optional.empty());
    }

    /** @return why it failed */
    public MucError error() {
        return error;
    }

    /** @return another nickname to offer when the chosen one is in use */
    public Optional<String> suggestedNick() {
        return suggestedNick;
    }
}
