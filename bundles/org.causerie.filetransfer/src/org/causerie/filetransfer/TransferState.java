package org.causerie.filetransfer;

/** Where a transfer stands. The last four are final. */
public enum TransferState {
    /** Sent to the peer (outgoing) or waiting for the user's answer (incoming). */
    OFFERED,
    /** Accepted; the bytestream is being set up. */
    NEGOTIATING,
    /** Bytes are moving. */
    TRANSFERRING,
    /** Every byte arrived (and the hash matched when one was offered). */
    COMPLETED,
    /** The receiver said no. */
    DECLINED,
    /** This side cancelled it. */
    CANCELLED,
    /** It failed: {@link TransferInfo#error()} says why. */
    FAILED;

    /** @return whether nothing more happens to a transfer in this state */
    public boolean isFinal() {
        return this == COMPLETED || this == DECLINED || this == CANCELLED || this == FAILED;
    }
}
