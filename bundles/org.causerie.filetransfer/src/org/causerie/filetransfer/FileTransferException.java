package org.causerie.filetransfer;

import java.util.Objects;

/** A failed transfer or request, with the reason as a {@link TransferError}. */
public final class FileTransferException extends Exception {

    private static final long serialVersionUID = 1L;

    private final TransferError error;

    public FileTransferException(TransferError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    public FileTransferException(TransferError error, String message, Throwable cause) {
        super(message, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return why it failed */
    public TransferError error() {
        return error;
    }
}
