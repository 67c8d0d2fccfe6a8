package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.bytestreams.ibb.InBandBytestreamManager;
import org.jivesoftware.smackx.bytestreams.ibb.InBandBytestreamSession;
import org.jxmpp.jid.Jid;

/**
 * Sends one file (XEP-0096 §3.1): the offer, the receiver's answer, then the
 * method chain SOCKS5 (direct and/or proxy hosts, XEP-0065) then in-band
 * (XEP-0047) with the same session id, which the receiver accepts whichever
 * arrives.
 */
final class Outgoing {

    /** The receiver's user decides: wait this long for the answer. */
    static final long ANSWER_MILLIS = 10 * 60_000;
    /** XEP-0047 block size: 32 KiB of data is ~44 KiB of base64, well under stanza limits. */
    static final int IBB_BLOCK = 32 * 1024;

    private final XMPPConnection connection;
    private final Shared shared;
    private final Proxies proxies;

    Outgoing(XMPPConnection connection, Shared shared, Proxies proxies) {
        this.connection = connection;
        this.shared = shared;
        this.proxies = proxies;
    }

    void run(TransferRecord record, SendRequest request, Jid to) {
        try {
            send(record, request, to);
            shared.transfers().complete(record);
        } catch (FileTransferException e) {
            shared.transfers().fail(record, record.cancelled() ? record.cancelledException() : e);
        } catch (IOException e) {
            shared.transfers().fail(record, record.cancelled() ? record.cancelledException()
                    : new FileTransferException(TransferError.INTERRUPTED, "stream ended: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shared.transfers().fail(record, record.cancelledException());
        } catch (RuntimeException e) {
            shared.transfers().fail(record, Transfers.asFailure(e));
        }
    }

    private void send(TransferRecord record, SendRequest request, Jid to)
            throws FileTransferException, IOException, InterruptedException {
        Path file = request.file();
        long size = Files.size(file);
        String sid = Shared.newId();
        Optional<String> md5 = request.offersHash(shared.settings().get()) ? Optional.of(StreamCopy.hash(file, "MD5")) : Optional.empty();
        List<String> methods = new ArrayList<>();
        Set<TransferMethod> allowed = request.methods();
        if (allowed.contains(TransferMethod.SOCKS5_DIRECT) || allowed.contains(TransferMethod.SOCKS5_PROXY)) {
            methods.add(StreamOffers.SOCKS5);
        }
        if (allowed.contains(TransferMethod.IBB)) {
            methods.add(StreamOffers.IBB);
        }
        IQ offer = StreamOffers.offer(to, sid, file.getFileName().toString(), size, request.description(),
                md5, new Date(Files.getLastModifiedTime(file).toMillis()), methods);
        IQ answer = awaitAnswer(record, offer);
        String chosen = StreamOffers.chosen(answer).orElseThrow(() -> new FileTransferException(
                TransferError.NO_METHOD, "the receiver chose no stream method"));
        long offset = StreamOffers.offset(answer);
        if (offset > size) {
            throw new FileTransferException(TransferError.SIZE_MISMATCH, "the receiver asks to resume at " + offset
                    + ", past the end (" + size + ")");
        }
        record.offset(offset);
        record.state(TransferState.NEGOTIATING);
        shared.transfers().changed(record);
        OpenStream stream = open(record, chosen, allowed, to, sid);
        record.method(stream.method());
        record.state(TransferState.TRANSFERRING);
        shared.transfers().changed(record);
        record.stream(stream.closer());
        try (InputStream in = Files.newInputStream(file)) {
            // XEP-0096 §3.3: a resumed transfer sends from the offset to the end
            in.skipNBytes(offset);
            // no digest here: the MD5 went with the offer and the receiver checks it
            StreamCopy.copy(in, stream.out(), size - offset, n -> shared.transfers().progress(record, offset + n),
                    List.of());
            stream.out().flush();
        } catch (IOException | FileTransferException e) {
            closeQuietly(stream);
            throw e;
        }
        // Every byte was written (in-band: every block acknowledged, XEP-0047 §2.2); a failing
        // close (the receiver closed first) loses nothing.
        closeQuietly(stream);
        if (record.cancelled()) {
            throw record.cancelledException();
        }
    }

    private static void closeQuietly(OpenStream stream) {
        try {
            stream.closer().close();
        } catch (IOException e) {
            System.getLogger(Outgoing.class.getName()).log(System.Logger.Level.DEBUG, "closing a bytestream", e);
        }
    }

    private IQ awaitAnswer(TransferRecord record, IQ offer) throws FileTransferException, InterruptedException {
        long deadline = System.currentTimeMillis() + ANSWER_MILLIS;
        try (StanzaCollector collector = connection.createStanzaCollectorAndSend(offer)) {
            while (System.currentTimeMillis() < deadline) {
                if (record.cancelled()) {
                    throw record.cancelledException();
                }
                IQ answer = collector.nextResult(500);
                if (answer == null) {
                    continue;
                }
                if (answer.getType() == IQ.Type.error) {
                    StanzaError error = answer.getError();
                    if (error != null && error.getCondition() == StanzaError.Condition.forbidden) {
                        throw new FileTransferException(TransferError.DECLINED, "declined");
                    }
                    throw new FileTransferException(TransferError.NO_METHOD, "the receiver refused: " + error);
                }
                return answer;
            }
        } catch (SmackException.NotConnectedException e) {
            throw new FileTransferException(TransferError.NOT_CONNECTED, "not connected", e);
        }
        throw new FileTransferException(TransferError.TIMEOUT, "no answer from the receiver");
    }

    private OpenStream open(TransferRecord record, String chosen, Set<TransferMethod> allowed, Jid to, String sid)
            throws FileTransferException, InterruptedException {
        FileTransferException socksFailure = null;
        if (chosen.equals(StreamOffers.SOCKS5)) {
            try {
                return socks5(record.accountId, allowed, to, sid);
            } catch (FileTransferException e) {
                socksFailure = e;
            }
        } else if (!chosen.equals(StreamOffers.IBB)) {
            throw new FileTransferException(TransferError.NO_METHOD, "the receiver chose " + chosen);
        }
        if (record.cancelled()) {
            throw record.cancelledException();
        }
        if (!allowed.contains(TransferMethod.IBB)) {
            throw socksFailure;
        }
        return inBand(to, sid, socksFailure);
    }

    private OpenStream socks5(String accountId, Set<TransferMethod> allowed, Jid to, String sid)
            throws FileTransferException, InterruptedException {
        int port = -1;
        if (allowed.contains(TransferMethod.SOCKS5_DIRECT)) {
            try {
                port = shared.localHost().start(shared.settings().get().localPort());
            } catch (IOException e) {
                System.getLogger(Outgoing.class.getName()).log(System.Logger.Level.WARNING,
                        "no local SOCKS5 stream host", e);
            }
        }
        List<ProxyHost> hosts = allowed.contains(TransferMethod.SOCKS5_PROXY)
                ? proxies.find(Optional.ofNullable(shared.settings().get().proxies().get(accountId))) : List.of();
        return new Socks5Initiator(connection, shared.localHost()).open(to, sid, port, hosts);
    }

    private OpenStream inBand(Jid to, String sid, FileTransferException previous)
            throws FileTransferException, InterruptedException {
        InBandBytestreamManager ibb = InBandBytestreamManager.getByteStreamManager(connection);
        ibb.setDefaultBlockSize(IBB_BLOCK);
        try {
            InBandBytestreamSession session = ibb.establishSession(to, sid);
            return new OpenStream(TransferMethod.IBB, session.getInputStream(), session.getOutputStream(),
                    session::close);
        } catch (SmackException | XMPPException e) {
            FileTransferException failure = new FileTransferException(TransferError.NO_METHOD,
                    "in-band bytestream refused: " + e.getMessage(), e);
            if (previous != null) {
                failure.addSuppressed(previous);
            }
            throw failure;
        }
    }
}
