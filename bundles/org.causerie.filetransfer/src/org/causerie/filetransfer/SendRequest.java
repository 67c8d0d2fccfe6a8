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
 * @param hash whether the offer carries the file's MD5 (XEP-0096 §3.1 {@code hash}) for the
 *        receiver to check: one more read of the whole file before the offer goes out
 */
public record SendRequest(String accountId, String to, Path file, Optional<String> description,
        Set<TransferMethod> methods, Hash hash) {

    /** Whether the offer carries the file's MD5. */
    public enum Hash {
        /** as {@link FileTransferSettings#offerHash()} says (off by default) */
        AS_SET,
        /** always, whatever the settings */
        OFFERED,
        /** never: the receiver checks the size only */
        NONE
    }

    /** The usual chain: direct, then proxy, then in-band. */
    public static final Set<TransferMethod> ALL_STREAMS = Set.of(TransferMethod.SOCKS5_DIRECT,
            TransferMethod.SOCKS5_PROXY, TransferMethod.IBB);

    public SendRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hash, "hash");
        methods = Set.copyOf(methods);
        if (methods.isEmpty() || methods.contains(TransferMethod.HTTP_UPLOAD)) {
            throw new IllegalArgumentException("stream methods only (direct, proxy, in-band): " + methods);
        }
    }

    /** @return a request trying every stream method, offering the MD5 as the settings say */
    public static SendRequest of(String accountId, String to, Path file) {
        return new SendRequest(accountId, to, file, Optional.empty(), ALL_STREAMS, Hash.AS_SET);
    }

    /** @return the same request limited to these methods */
    public SendRequest only(TransferMethod first, TransferMethod... more) {
        return new SendRequest(accountId, to, file, description, EnumSet.of(first, more), hash);
    }

    /** @return the same request with the MD5 in the offer whatever the settings */
    public SendRequest withHash() {
        return new SendRequest(accountId, to, file, description, methods, Hash.OFFERED);
    }

    /** @return the same request without the MD5 in the offer (the receiver then checks the size only) */
    public SendRequest withoutHash() {
        return new SendRequest(accountId, to, file, description, methods, Hash.NONE);
    }

    /** @return whether the offer carries the MD5, given the service's current settings */
    public boolean offersHash(FileTransferSettings settings) {
        return hash == Hash.OFFERED || hash == Hash.AS_SET && settings.offerHash();
    }
}
