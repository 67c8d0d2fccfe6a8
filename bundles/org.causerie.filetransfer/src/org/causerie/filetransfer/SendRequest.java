package org.causerie.filetransfer;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A file to send to one resource by stream initiation (XEP-0096).
 *
 * @param accountId the sending account
 * @param to the receiver's full JID
 * @param file the file
 * @param description shown to the receiver
 * @param methods the methods to try, in the fixed order direct, proxy, in-band
 * @param offerHash whether the offer carries the file's MD5 (XEP-0096 §3.1 {@code hash}) for the
 *        receiver to check: one more read of the whole file before the offer goes out
 */
public record SendRequest(String accountId, String to, Path file, Optional<String> description,
        Set<TransferMethod> methods, boolean offerHash) {

    /** The usual chain: direct, then proxy, then in-band. */
    public static final Set<TransferMethod> ALL_STREAMS = Set.of(TransferMethod.SOCKS5_DIRECT,
            TransferMethod.SOCKS5_PROXY, TransferMethod.IBB);

    public SendRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        methods = Set.copyOf(methods);
        if (methods.isEmpty() || methods.contains(TransferMethod.HTTP_UPLOAD)) {
            throw new IllegalArgumentException("stream methods only (direct, proxy, in-band): " + methods);
        }
    }

    /** @return a request trying every stream method */
    public static SendRequest of(String accountId, String to, Path file) {
        return new SendRequest(accountId, to, file, Optional.empty(), ALL_STREAMS, true);
    }

    /** @return the same request limited to these methods */
    public SendRequest only(TransferMethod first, TransferMethod... more) {
        return new SendRequest(accountId, to, file, description, EnumSet.of(first, more), offerHash);
    }

    /** @return the same request without the MD5 in the offer (the receiver then checks the size only) */
    public SendRequest withoutHash() {
        return new SendRequest(accountId, to, file, description, methods, false);
    }
}
