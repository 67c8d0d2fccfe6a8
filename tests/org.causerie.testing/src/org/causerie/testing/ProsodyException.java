package org.causerie.testing;

/**
 * Thrown when the private Prosody cannot be installed, started, stopped or
 * driven (a failed {@code prosodyctl} command, a failed registration, ...).
 * The message carries the command's output or the tail of the server's logs.
 */
public final class ProsodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with diagnostics
     */
    public ProsodyException(String message) {
        super(message);
    }

    /**
     * @param message what failed, with diagnostics
     * @param cause   the underlying failure
     */
    public ProsodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
