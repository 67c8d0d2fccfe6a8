package org.causerie.filetransfer;

/**
 * Told about offers and transfers of every account, on the service's own event
 * thread (never Smack's), in order.
 */
public interface TransferListener {

    /** @param offer a file someone offers; it waits for accept or decline */
    default void offered(FileOffer offer) {
    }

    /** @param transfer a transfer that changed (state or progress; progress at most a few times a second) */
    default void changed(TransferInfo transfer) {
    }
}
