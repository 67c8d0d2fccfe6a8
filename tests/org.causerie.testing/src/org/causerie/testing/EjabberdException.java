package org.causerie.testing;

/**
 * Thrown when the private ejabberd node cannot be installed, started, stopped
 * or driven (a failed {@code ejabberdctl} command, a failed registration, ...).
 * The message carries the command's output or the tail of the server logs.
 */
public final class EjabberdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with diagnostics
     */
    public EjabberdException(String message) {
        super(message);
    }

    /**
     * @param message what failed, with diagnostics
     * @param cause   the underlying failure
     */
    public EjabberdException(String message, Throwable cause) {
        super(message, cause);
    }
}
