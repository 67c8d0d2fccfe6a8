package org.causerie.filetransfer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.spi.SmackSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smackx.bytestreams.ibb.InBandBytestreamManager;
import org.jivesoftware.smackx.bytestreams.socks5.Socks5BytestreamManager;
import org.jxmpp.jid.Jid;

/**
 * One account's transfers: installs the offer handler (replacing Smack's
 * FileTransferManager's, restored on {@link #stop()}), the bytestream listeners
 * and the out-of-band message listener on its connection.
 */
final class AccountTransfers {

    private final SmackSession session;
    private final XMPPConnection connection;
    private final Shared shared;
    private final Receiving receiving;
    private final Incoming incoming;
    private final Links links;
    private final Outgoing outgoing;
    private final Uploads uploads;
    private final IQRequestHandler offerHandler;
    private IQRequestHandler replaced;

    AccountTransfers(SmackSession session, Shared shared) {
        this.session = session;
        this.connection = session.connection();
        this.shared = shared;
        String accountId = session.account().id();
        receiving = new Receiving(shared);
        incoming = new Incoming(accountId, connection, shared, receiving);
        links = new Links(accountId, () -> String.valueOf(connection.getUser()), shared);
        outgoing = new Outgoing(connection, shared, new Proxies(connection));
        uploads = new Uploads(session, shared, links::sending);
        offerHandler = incoming.handler();
    }

    void start() {
        replaced = connection.registerIQRequestHandler(offerHandler);
        Socks5BytestreamManager.getBytestreamManager(connection).addIncomingBytestreamListener(receiving);
        InBandBytestreamManager.getByteStreamManager(connection).addIncomingBytestreamListener(receiving);
        connection.addAsyncStanzaListener(links.listener(), new AndFilter(StanzaTypeFilter.MESSAGE,
                new StanzaExtensionFilter(OutOfBand.ELEMENT, OutOfBand.NAMESPACE)));
    }

    void stop() {
        connection.unregisterIQRequestHandler(offerHandler);
        if (replaced != null) {
            connection.registerIQRequestHandler(replaced);
        }
        Socks5BytestreamManager.getBytestreamManager(connection).removeIncomingBytestreamListener(receiving);
        InBandBytestreamManager.getByteStreamManager(connection).removeIncomingBytestreamListener(receiving);
        connection.removeAsyncStanzaListener(links.listener());
        incoming.clear();
        receiving.clear();
        links.clear();
    }

    void send(TransferRecord record, SendRequest request, Jid to) {
        shared.workers().execute(() -> outgoing.run(record, request, to));
    }

    void upload(TransferRecord record, String to, boolean groupchat, Path file) {
        shared.workers().execute(() -> uploads.run(record, to, groupchat, file));
    }

    boolean hasOffer(String id) {
        return incoming.has(id) || links.has(id);
    }

    CompletableFuture<TransferInfo> accept(String id, AcceptRequest request) {
        if (links.has(id)) {
            CompletableFuture<TransferInfo> attempt = new CompletableFuture<>();
            shared.workers().execute(() -> links.accept(id, request, attempt));
            return attempt;
        }
        try {
            return incoming.accept(id, request);
        } catch (FileTransferException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    CompletableFuture<Void> decline(String id) {
        if (links.has(id)) {
            links.decline(id);
            return CompletableFuture.completedFuture(null);
        }
        return incoming.decline(id);
    }

    /** Stops what only this account knows about: a pending offer or a receive waiting for its stream. */
    boolean cancel(String id) {
        if (links.has(id)) {
            links.decline(id);
            return true;
        }
        return incoming.cancel(id) || receiving.cancelWaiting(id);
    }

    List<FileOffer> offers() {
        List<FileOffer> all = new ArrayList<>(incoming.offers());
        all.addAll(links.offers());
        return all;
    }

    static FileTransferException notConnected(String accountId) {
        return new FileTransferException(TransferError.NOT_CONNECTED, "account " + accountId + " is not connected");
    }

    SmackSession session() {
        return session;
    }
}
