package org.causerie.filetransfer;

/** Why a transfer (or a request about one) failed. */
public enum TransferError {
    /** The account has no connected session. */
    NOT_CONNECTED,
    /** No offer or transfer has that id (or it is already decided). */
    UNKNOWN,
    /** The file to send cannot be read. */
    UNREADABLE,
    /** The receiver declined. */
    DECLINED,
    /** Cancelled on this side. */
    CANCELLED,
    /** The peer stopped the stream before the end. */
    INTERRUPTED,
    /** The target file exists and the caller did not choose to replace or rename. */
    EXISTS,
    /** The size is over the configured limit and the caller did not consent. */
    TOO_LARGE,
    /** What arrived does not have the declared size. */
    SIZE_MISMATCH,
    /** What arrived does not have the offered hash. */
    HASH_MISMATCH,
    /** No method both sides allow worked. */
    NO_METHOD,
    /** The server has no HTTP upload service or refused a slot. */
    NO_UPLOAD_SERVICE,
    /** The peer did not answer in time. */
    TIMEOUT,
    /** Reading or writing a file or socket failed. */
    IO
}
