package org.causerie.core;

/**
 * A failed connection attempt; {@link #error()} says which kind.
 */
public final class ConnectionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ConnectionError error;

    public ConnectionException(ConnectionError error, Throwable cause) {
        super(error.kind() + (error.detail().isEmpty() ? "" : ": " + error.detail()), cause);
        this.error = error;
    }

    /** @return what went wrong */
    public ConnectionError error() {
        return error;
    }
}
