package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.causerie.core.spi.SmackSession;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.httpfileupload.HttpFileUploadManager;
import org.jivesoftware.smackx.httpfileupload.element.Slot;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Sends a file by HTTP upload (XEP-0363): a slot from the server's upload
 * service, the PUT done here (progress, cancel), then a message whose body is
 * the link, with out-of-band data (XEP-0066) and a sha-256 hash (XEP-0300).
 */
final class Uploads {

    static final int TIMEOUT_MILLIS = 30_000;

    private final SmackSession session;
    private final Shared shared;
    private final java.util.function.Consumer<String> sending;

    /** @param sending told each link before its message goes out */
    Uploads(SmackSession session, Shared shared, java.util.function.Consumer<String> sending) {
        this.session = session;
        this.shared = shared;
        this.sending = sending;
    }

    void run(TransferRecord record, String to, boolean groupchat, Path file) {
        try {
            upload(record, to, groupchat, file);
            shared.transfers().complete(record);
        } catch (FileTransferException e) {
            shared.transfers().fail(record, record.cancelled() ? record.cancelledException() : e);
        } catch (IOException | RuntimeException e) {
            shared.transfers().fail(record, record.cancelled() ? record.cancelledException()
                    : new FileTransferException(TransferError.IO, "upload failed: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shared.transfers().fail(record, record.cancelledException());
        }
    }

    private void upload(TransferRecord record, String to, boolean groupchat, Path file)
            throws FileTransferException, IOException, InterruptedException {
        long size = Files.size(file);
        Slot slot = slot(file.getFileName().toString(), size);
        record.method(TransferMethod.HTTP_UPLOAD);
        record.state(TransferState.TRANSFERRING);
        shared.transfers().changed(record);
        HttpURLConnection put = (HttpURLConnection) slot.getPutUrl().openConnection();
        record.stream(put::disconnect);
        put.setRequestMethod("PUT");
        put.setDoOutput(true);
        put.setConnectTimeout(TIMEOUT_MILLIS);
        put.setReadTimeout(TIMEOUT_MILLIS);
        put.setFixedLengthStreamingMode(size);
        put.setRequestProperty("Content-Type", "application/octet-stream");
        for (Map.Entry<String, String> header : slot.getHeaders().entrySet()) {
            put.setRequestProperty(header.getKey(), header.getValue());
        }
        MessageDigest sha256 = StreamCopy.digest("SHA-256");
        try (InputStream in = Files.newInputStream(file); OutputStream out = put.getOutputStream()) {
            StreamCopy.copy(in, out, size, n -> shared.transfers().progress(record, n), List.of(sha256));
        }
        int status = put.getResponseCode();
        if (status != 200 && status != 201) {
            throw new FileTransferException(TransferError.NO_UPLOAD_SERVICE, "the upload service answered " + status);
        }
        String url = slot.getGetUrl().toString();
        byte[] digest = sha256.digest();
        record.url(url);
        sending.accept(url);
        record.sha256(java.util.HexFormat.of().formatHex(digest));
        Message message = session.connection().getStanzaFactory().buildMessageStanza()
                .to(JidCreate.from(to)).ofType(groupchat ? Message.Type.groupchat : Message.Type.chat)
                .setBody(url).addExtension(OutOfBand.element(url)).addExtension(OutOfBand.sha256(digest)).build();
        // done once the server has the link (XEP-0198 ack): for an offline contact it is then stored
        try {
            session.sendAcknowledged(message).get(TIMEOUT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new FileTransferException(TransferError.NOT_CONNECTED, "the link message was not acknowledged", e);
        }
    }

    private Slot slot(String name, long size) throws FileTransferException, InterruptedException {
        HttpFileUploadManager manager = HttpFileUploadManager.getInstanceFor(session.connection());
        try {
            if (!manager.isUploadServiceDiscovered() && !manager.discoverUploadService()) {
                throw new FileTransferException(TransferError.NO_UPLOAD_SERVICE, "the server has no upload service");
            }
            return manager.requestSlot(name, size, "application/octet-stream");
        } catch (SmackException | XMPPException | IllegalArgumentException e) {
            throw new FileTransferException(TransferError.NO_UPLOAD_SERVICE, "no upload slot: " + e.getMessage(), e);
        }
    }

    /** @return the stream of a GET, checked to be http(s) */
    static HttpURLConnection get(String url) throws IOException, FileTransferException {
        URL parsed;
        try {
            parsed = URI.create(url).toURL();
        } catch (IllegalArgumentException e) {
            throw new FileTransferException(TransferError.IO, "not a URL: " + url, e);
        }
        if (!parsed.getProtocol().equals("http") && !parsed.getProtocol().equals("https")) {
            throw new FileTransferException(TransferError.IO, "only http and https links are fetched: " + url);
        }
        HttpURLConnection get = (HttpURLConnection) parsed.openConnection();
        get.setConnectTimeout(TIMEOUT_MILLIS);
        get.setReadTimeout(TIMEOUT_MILLIS);
        get.setInstanceFollowRedirects(false);
        return get;
    }
}
