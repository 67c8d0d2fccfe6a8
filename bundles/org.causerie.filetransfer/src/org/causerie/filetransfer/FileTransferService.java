package org.causerie.filetransfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Sends and receives files for every connected account. Nothing blocks on the
 * network: every operation returns at once; the futures complete with the
 * final {@link TransferInfo} (COMPLETED) or fail with a
 * {@link FileTransferException}.
 */
public interface FileTransferService {

    /**
     * Offers a file to a resource (XEP-0096) and, once accepted, sends it by the
     * first method that works among those allowed: SOCKS5 direct, SOCKS5 through
     * a proxy, in-band.
     *
     * @return the transfer's id (for {@link #cancel}) at once, with its outcome
     */
    Transfer send(SendRequest request);

    /**
     * Uploads a file with HTTP upload (XEP-0363) and sends the link as
     * out-of-band data (XEP-0066), in a chat message or into a room: works when
     * the contact is offline.
     *
     * @param accountId the sending account
     * @param to a bare or full JID, or a room's JID
     * @param groupchat whether {@code to} is a room (the message is groupchat)
     * @param file the file
     */
    Transfer upload(String accountId, String to, boolean groupchat, Path file);

    /**
     * Accepts an offer. When the target exists and the request does not say
     * what to do, or the size is over the limit without consent, the future fails
     * ({@link TransferError#EXISTS}, {@link TransferError#TOO_LARGE}) and the offer
     * stays pending, so the caller can ask the user and accept again.
     */
    Transfer accept(String offerId, AcceptRequest request);

    /** Declines an offer (XEP-0096 §3.2 forbidden); the sender is told. */
    CompletableFuture<Void> decline(String offerId);

    /** Stops a transfer; a partly received file is deleted. No-op on a finished one. */
    void cancel(String transferId);

    /** @return the offers waiting for an answer */
    List<FileOffer> pendingOffers();

    /** @return current and past transfers of this run, oldest first */
    List<TransferInfo> transfers();

    Optional<TransferInfo> transfer(String id);

    void addTransferListener(TransferListener listener);

    void removeTransferListener(TransferListener listener);

    FileTransferSettings settings();

    /** Applies and keeps (Eclipse preferences) new settings; a new local port takes effect for the next transfer. */
    void configure(FileTransferSettings settings);

    /** @return the port the own SOCKS5 stream host listens on, once started */
    OptionalInt localStreamHostPort();

    /**
     * A transfer just started.
     *
     * @param id its id
     * @param outcome completes with the final state, or fails with a FileTransferException
     */
    record Transfer(String id, CompletableFuture<TransferInfo> outcome) {
    }
}
