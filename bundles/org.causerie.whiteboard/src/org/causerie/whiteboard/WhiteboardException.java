package org.causerie.whiteboard;

/** Why a whiteboard operation failed, in words a person can act on. */
public final class WhiteboardException extends Exception {

    private static final long serialVersionUID = 1L;

    public WhiteboardException(String message) {
        super(message);
    }

    public WhiteboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
