package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.jivesoftware.smackx.bytestreams.BytestreamListener;
import org.jivesoftware.smackx.bytestreams.BytestreamRequest;
import org.jivesoftware.smackx.bytestreams.BytestreamSession;
import org.jivesoftware.smackx.bytestreams.socks5.Socks5BytestreamSession;
import org.jivesoftware.smackx.si.packet.StreamInitiation;

/**
 * Takes the bytestreams (SOCKS5 or in-band, whichever the sender manages) of
 * accepted offers, matched by sender and session id; refuses any other. A
 * SOCKS5 attempt that fails leaves the offer waiting for the sender's in-band
 * fallback. The bytes go to a partial file, checked against the declared size
 * and the offered MD5 (XEP-0096 §3.1 {@code hash}), then moved into place.
 */
final class Receiving implements BytestreamListener {

    private static final Logger LOG = System.getLogger(Receiving.class.getName());
    /** How long an accepted offer waits for the sender's bytestream (SOCKS5 tries, then in-band). */
    static final long WAIT_SECONDS = 120;

    private final Shared shared;
    private final Map<String, Expected> expected = new ConcurrentHashMap<>();

    record Expected(TransferRecord record, StreamInitiation offer, TargetFile target, long offset) {
        String key() {
            return key(offer.getFrom().toString(), offer.getSessionID());
        }

        static String key(String from, String sid) {
            return from + " " + sid;
        }
    }

    Receiving(Shared shared) {
        this.shared = shared;
    }

    void expect(TransferRecord record, StreamInitiation offer, TargetFile target, long offset) {
        Expected waiting = new Expected(record, offer, target, offset);
        expected.put(waiting.key(), waiting);
        CompletableFuture.delayedExecutor(WAIT_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (expected.remove(waiting.key(), waiting)) {
                shared.transfers().fail(record,
                        new FileTransferException(TransferError.TIMEOUT, "the sender opened no bytestream"));
            }
        });
    }

    /** @return whether a transfer still waiting for its bytestream was cancelled */
    boolean cancelWaiting(String transferId) {
        for (Expected waiting : expected.values()) {
            if (waiting.record().id.equals(transferId) && expected.remove(waiting.key(), waiting)) {
                waiting.target().discard();
                shared.transfers().fail(waiting.record(), waiting.record().cancelledException());
                return true;
            }
        }
        return false;
    }

    void clear() {
        expected.values().forEach(e -> shared.transfers().fail(e.record(),
                new FileTransferException(TransferError.NOT_CONNECTED, "the session ended")));
        expected.clear();
    }

    /**
     * Fails the transfer; the bytes stay for a resume (XEP-0096 §3.3) when the sender allows ranges and
     * the stream just ended early; a cancel here, a wrong hash or too many bytes delete them.
     */
    private void end(Expected waiting, FileTransferException failure) {
        boolean early = failure.error() == TransferError.INTERRUPTED
                || (failure.error() == TransferError.SIZE_MISMATCH
                        && !String.valueOf(failure.getMessage()).startsWith(StreamCopy.TOO_MANY));
        if (!(early && StreamOffers.ranged(waiting.offer()))) {
            waiting.target().discard();
        }
        shared.transfers().fail(waiting.record(), failure);
    }

    @Override
    public void incomingBytestreamRequest(BytestreamRequest request) {
        // looked up, not removed: a SOCKS5 attempt that fails has already told the sender, whose in-band
        // fallback may arrive before take() returns; the first bytestream that opens takes the entry
        Expected waiting = expected.get(Expected.key(request.getFrom().toString(), request.getSessionID()));
        if (waiting == null) {
            try {
                request.reject();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "cannot refuse a bytestream", e);
            }
            return;
        }
        shared.workers().execute(() -> take(request, waiting));
    }

    private void take(BytestreamRequest request, Expected waiting) {
        BytestreamSession session;
        try {
            session = request.accept();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // XEP-0065 §5.3.2: the sender was told; it may fall back to in-band with the same sid.
            LOG.log(Level.INFO, "bytestream " + request.getSessionID() + " failed; waiting for a fallback", e);
            return;
        }
        if (!expected.remove(waiting.key(), waiting)) {
            // another bytestream of this offer opened first, or it timed out or was cancelled meanwhile
            try {
                session.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a surplus bytestream", e);
            }
            return;
        }
        TransferMethod method = session instanceof Socks5BytestreamSession socks
                ? (socks.isDirect() ? TransferMethod.SOCKS5_DIRECT : TransferMethod.SOCKS5_PROXY)
                : TransferMethod.IBB;
        receive(waiting, session, method);
    }

    private void receive(Expected waiting, BytestreamSession session, TransferMethod method) {
        TransferRecord record = waiting.record();
        TargetFile target = waiting.target();
        record.method(method);
        record.state(TransferState.TRANSFERRING);
        shared.transfers().changed(record);
        try {
            record.stream(session::close);
            StreamInitiation.File file = waiting.offer().getFile();
            String offeredHash = file.getHash();
            boolean check = offeredHash != null && !offeredHash.isBlank();
            long offset = waiting.offset();
            // The input stream is not closed here: closing an in-band stream the sender already
            // closed gets item-not-found (XEP-0047 §2.3); the session is closed quietly below.
            try (OutputStream out = offset > 0
                    ? Files.newOutputStream(target.partial(), StandardOpenOption.APPEND)
                    : Files.newOutputStream(target.partial(), StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                    // only the offered hash is computed, on its own thread beside the copy (MD5 is slower
                    // than a loopback copy); a resumed transfer's hash covers the kept bytes too
                    PipelinedDigest md5 = check
                            ? PipelinedDigest.start("MD5", target.partial(), offset, "MD5 of " + record.id)
                            : null) {
                LongConsumer progress = n -> shared.transfers().progress(record, offset + n);
                long size = file.getSize() - offset;
                if (md5 == null) {
                    StreamCopy.copy(session.getInputStream(), out, size, progress, List.of());
                } else {
                    StreamCopy.copy(session.getInputStream(), out, size, progress, md5);
                    if (!md5.finish().equals(offeredHash.trim().toLowerCase(Locale.ROOT))) {
                        throw new FileTransferException(TransferError.HASH_MISMATCH,
                                "MD5 differs from the offered hash");
                    }
                }
            }
            Path landed = target.commit();
            record.file(landed);
            shared.transfers().complete(record);
        } catch (FileTransferException e) {
            end(waiting, record.cancelled() ? record.cancelledException() : e);
        } catch (IOException | RuntimeException e) {
            end(waiting, record.cancelled() ? record.cancelledException()
                    : new FileTransferException(TransferError.INTERRUPTED, "stream ended: " + e.getMessage(), e));
        } finally {
            try {
                session.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a bytestream", e);
            }
        }
    }
}
