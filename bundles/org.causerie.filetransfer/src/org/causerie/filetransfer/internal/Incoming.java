package org.causerie.filetransfer.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.SafeFileName;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferState;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.si.packet.StreamInitiation;

/**
 * Stream offers made to one account (XEP-0096 §3.1): each waits for the user's
 * answer; accepting replies with one stream method (SOCKS5 when offered, else
 * in-band) and hands the transfer to {@link Receiving}, which takes whichever
 * bytestream arrives with the offer's session id.
 */
final class Incoming {

    private final String accountId;
    private final XMPPConnection connection;
    private final Shared shared;
    private final Receiving receiving;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    record Pending(FileOffer offer, StreamInitiation request, TransferRecord record) {
    }

    Incoming(String accountId, XMPPConnection connection, Shared shared, Receiving receiving) {
        this.accountId = accountId;
        this.connection = connection;
        this.shared = shared;
        this.receiving = receiving;
    }

    /** @return the handler of offers to install on the connection */
    IQRequestHandler handler() {
        return new AbstractIqRequestHandler(StreamInitiation.ELEMENT, StreamInitiation.NAMESPACE, IQ.Type.set,
                IQRequestHandler.Mode.async) {
            @Override
            public IQ handleIQRequest(IQ request) {
                return offered((StreamInitiation) request);
            }
        };
    }

    private IQ offered(StreamInitiation request) {
        StreamInitiation.File file = request.getFile();
        if (file == null || request.getSessionID() == null || request.getFrom() == null) {
            return IQ.createErrorResponse(request, org.jivesoftware.smack.packet.StanzaError.Condition.bad_request);
        }
        String id = Shared.newId();
        String offered = file.getName() == null ? "" : file.getName();
        OptionalLong size = file.getSize() >= 0 ? OptionalLong.of(file.getSize()) : OptionalLong.empty();
        FileOffer offer = new FileOffer(id, accountId, request.getFrom().toString(), offered,
                SafeFileName.of(offered), size, Optional.ofNullable(file.getDesc()).filter(d -> !d.isBlank()),
                Optional.ofNullable(request.getMimeType()), Optional.empty(),
                Optional.ofNullable(file.getHash()).filter(h -> !h.isBlank()));
        TransferRecord record = new TransferRecord(id, accountId, Direction.INCOMING, offer.from(), offer.fileName(),
                size);
        pending.put(id, new Pending(offer, request, record));
        shared.transfers().add(record);
        shared.transfers().offered(offer);
        return null;
    }

    boolean has(String offerId) {
        return pending.containsKey(offerId);
    }

    List<FileOffer> offers() {
        return pending.values().stream().map(Pending::offer).toList();
    }

    /** Validates, answers the offer and starts receiving; on a validation failure the offer stays pending. */
    CompletableFuture<TransferInfo> accept(String offerId, AcceptRequest request) throws FileTransferException {
        Pending offer = pending.get(offerId);
        if (offer == null) {
            throw new FileTransferException(TransferError.UNKNOWN, "no pending offer " + offerId);
        }
        long limit = shared.settings().get().sizeLimit();
        long size = offer.offer().size().orElse(0);
        if (size > limit && !request.oversizeConsent()) {
            throw new FileTransferException(TransferError.TOO_LARGE, size + " bytes is over the limit of " + limit);
        }
        TargetFile target = TargetFile.choose(request, offer.offer().fileName(), partialKey(offer.request()));
        if (pending.remove(offerId) == null) {
            throw new FileTransferException(TransferError.UNKNOWN, "offer " + offerId + " already answered");
        }
        List<String> methods = StreamOffers.methods(offer.request());
        String method = methods.contains(StreamOffers.SOCKS5) ? StreamOffers.SOCKS5
                : methods.contains(StreamOffers.IBB) ? StreamOffers.IBB : null;
        TransferRecord record = offer.record();
        if (method == null) {
            send(StreamOffers.noValidStreams(offer.request()));
            shared.transfers().fail(record, new FileTransferException(TransferError.NO_METHOD,
                    "the sender offers no method Causerie speaks: " + methods));
            return record.outcome;
        }
        // XEP-0096 §3.3: the bytes an interrupted transfer of the same file left are kept, ask for the rest
        long offset = StreamOffers.ranged(offer.request()) ? target.resumable(size) : 0;
        if (offset == 0) {
            target.discard();
        }
        record.file(target.target());
        record.offset(offset);
        record.state(TransferState.NEGOTIATING);
        shared.transfers().changed(record);
        receiving.expect(record, offer.request(), target, offset);
        send(StreamOffers.accept(offer.request(), method, offset));
        return record.outcome;
    }

    /**
     * @return the name of the partial file for this offer: the same sender (bare JID), name, size and
     *         hash or date give the same one, so a new offer of an interrupted file finds its bytes
     */
    static String partialKey(StreamInitiation offer) {
        StreamInitiation.File file = offer.getFile();
        String identity = offer.getFrom().asBareJid() + "\n" + file.getName() + "\n" + file.getSize() + "\n"
                + (file.getHash() != null ? file.getHash() : String.valueOf(file.getDate()));
        var sha1 = StreamCopy.digest("SHA-1");
        sha1.update(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return StreamCopy.hex(sha1).substring(0, 20);
    }

    CompletableFuture<Void> decline(String offerId) {
        Pending offer = pending.remove(offerId);
        if (offer == null) {
            return CompletableFuture.failedFuture(
                    new FileTransferException(TransferError.UNKNOWN, "no pending offer " + offerId));
        }
        send(StreamOffers.decline(offer.request()));
        shared.transfers().fail(offer.record(), new FileTransferException(TransferError.DECLINED, "declined"));
        return CompletableFuture.completedFuture(null);
    }

    /** Cancelling a pending offer declines it. */
    boolean cancel(String id) {
        if (pending.containsKey(id)) {
            decline(id);
            return true;
        }
        return false;
    }

    void clear() {
        pending.values().forEach(p -> shared.transfers().fail(p.record(),
                new FileTransferException(TransferError.NOT_CONNECTED, "the session ended")));
        pending.clear();
    }

    private void send(Stanza stanza) {
        try {
            connection.sendStanza(stanza);
        } catch (SmackException.NotConnectedException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.getLogger(Incoming.class.getName()).log(System.Logger.Level.WARNING, "cannot answer an offer", e);
        }
    }
}
