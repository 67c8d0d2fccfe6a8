package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.packet.Stanza;

/**
 * Links received as out-of-band data (XEP-0066), typically an HTTP upload
 * (XEP-0363): each becomes an offer; accepting downloads it with the same
 * safety as a stream (safe name, partial file, size limit, sha-256 check when
 * a XEP-0300 hash came with it).
 */
final class Links {

    private final String accountId;
    private final java.util.function.Supplier<String> ownJid;
    private final Shared shared;
    private final Map<String, Link> pending = new ConcurrentHashMap<>();
    private final StanzaListener listener = this::received;

    record Link(FileOffer offer, TransferRecord record, Optional<byte[]> sha256) {
    }

    /** Links this account sent: a room echoes them back (XEP-0045 §7.4), they are no offer. */
    private final java.util.Set<String> sent = ConcurrentHashMap.newKeySet();

    Links(String accountId, java.util.function.Supplier<String> ownJid, Shared shared) {
        this.accountId = accountId;
        this.ownJid = ownJid;
        this.shared = shared;
    }

    /** @return the listener to install on the connection (the same object every time, so it can be removed) */
    StanzaListener listener() {
        return listener;
    }

    private void received(Stanza stanza) {
        Optional<String> url = OutOfBand.url(stanza);
        if (url.isEmpty() || stanza.getFrom() == null || stanza.getFrom().toString().equals(ownJid.get())
                || sent.contains(url.get()) || roomHistory(stanza)) {
            return;
        }
        String offered = name(url.get());
        String id = Shared.newId();
        FileOffer offer = new FileOffer(id, accountId, stanza.getFrom().toString(), offered,
                SafeFileName.of(offered), OptionalLong.empty(), Optional.empty(), Optional.empty(), url,
                Optional.empty());
        TransferRecord record = new TransferRecord(id, accountId, Direction.INCOMING, offer.from(), offer.fileName(),
                OptionalLong.empty());
        record.url(url.get());
        pending.put(id, new Link(offer, record, OutOfBand.sha256(stanza)));
        shared.transfers().add(record);
        shared.transfers().offered(offer);
    }

    /**
     * @return whether it is a room's history sent on joining (XEP-0045 §7.2.15, delayed, XEP-0203):
     *         old links are not offered again (an offline 1:1 message, delayed too, is)
     */
    private static boolean roomHistory(Stanza stanza) {
        return stanza instanceof org.jivesoftware.smack.packet.Message message
                && message.getType() == org.jivesoftware.smack.packet.Message.Type.groupchat
                && message.getExtensionElement("delay", "urn:xmpp:delay") != null;
    }

    static String name(String url) {
        String path;
        try {
            path = Optional.ofNullable(URI.create(url).getRawPath()).orElse("");
        } catch (IllegalArgumentException e) {
            path = url;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(last, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return last;
        }
    }

    /** @param url a link this account is about to send */
    void sending(String url) {
        sent.add(url);
    }

    boolean has(String id) {
        return pending.containsKey(id);
    }

    List<FileOffer> offers() {
        return pending.values().stream().map(Link::offer).toList();
    }

    void decline(String id) {
        Link link = pending.remove(id);
        if (link != null) {
            shared.transfers().fail(link.record(), new FileTransferException(TransferError.DECLINED, "declined"));
        }
    }

    /** Downloads on the calling thread; a failed size or name check leaves the offer pending. */
    void accept(String id, AcceptRequest request, CompletableFuture<TransferInfo> attempt) {
        Link link = pending.get(id);
        if (link == null) {
            attempt.completeExceptionally(new FileTransferException(TransferError.UNKNOWN, "no pending offer " + id));
            return;
        }
        TransferRecord record = link.record();
        HttpURLConnection get = null;
        TargetFile target = null;
        try {
            get = Uploads.get(link.offer().url().orElseThrow());
            if (get.getResponseCode() != 200) {
                throw new FileTransferException(TransferError.IO, "the server answered " + get.getResponseCode());
            }
            long length = get.getContentLengthLong();
            long limit = shared.settings().get().sizeLimit();
            if (length > limit && !request.oversizeConsent()) {
                throw new FileTransferException(TransferError.TOO_LARGE,
                        length + " bytes is over the limit of " + limit);
            }
            target = TargetFile.choose(request, link.offer().fileName(), id);
            pending.remove(id);
            record.outcome.whenComplete((done, failure) -> {
                if (failure != null) {
                    attempt.completeExceptionally(failure);
                } else {
                    attempt.complete(done);
                }
            });
            download(record, get, length, target, link.sha256());
        } catch (FileTransferException e) {
            if (pending.containsKey(id)) {
                attempt.completeExceptionally(e);
                return;
            }
            fail(record, target, e);
        } catch (IOException | RuntimeException e) {
            FileTransferException failure = new FileTransferException(TransferError.IO, "download failed: " + e, e);
            if (pending.containsKey(id)) {
                attempt.completeExceptionally(failure);
                return;
            }
            fail(record, target, failure);
        } finally {
            if (get != null) {
                get.disconnect();
            }
        }
    }

    private void download(TransferRecord record, HttpURLConnection get, long length, TargetFile target,
            Optional<byte[]> expected) throws IOException, FileTransferException {
        record.file(target.target());
        record.method(TransferMethod.HTTP_UPLOAD);
        if (length >= 0) {
            record.size(length);
        }
        record.state(TransferState.TRANSFERRING);
        shared.transfers().changed(record);
        record.stream(get::disconnect);
        MessageDigest sha256 = StreamCopy.digest("SHA-256");
        try (InputStream in = get.getInputStream();
                OutputStream out = Files.newOutputStream(target.partial(), StandardOpenOption.CREATE_NEW)) {
            StreamCopy.copy(in, out, length, n -> shared.transfers().progress(record, n), List.of(sha256));
        }
        byte[] digest = sha256.digest();
        if (expected.isPresent() && !MessageDigest.isEqual(expected.get(), digest)) {
            throw new FileTransferException(TransferError.HASH_MISMATCH, "sha-256 differs from the offered hash");
        }
        record.file(target.commit());
        record.sha256(HexFormat.of().formatHex(digest));
        shared.transfers().complete(record);
    }

    private void fail(TransferRecord record, TargetFile target, FileTransferException e) {
        if (target != null) {
            target.discard();
        }
        shared.transfers().fail(record, record.cancelled() ? record.cancelledException() : e);
    }

    void clear() {
        pending.values().forEach(l -> shared.transfers().fail(l.record(),
                new FileTransferException(TransferError.NOT_CONNECTED, "the session ended")));
        pending.clear();
    }
}
