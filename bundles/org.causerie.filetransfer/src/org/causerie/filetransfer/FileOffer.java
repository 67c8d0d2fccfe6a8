package org.causerie.filetransfer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file someone offers this account: a stream initiation (XEP-0096) waiting
 * for accept or decline, or a link received as out-of-band data (XEP-0066).
 *
 * @param id the offer's id, also the id of the transfer it becomes
 * @param accountId the receiving account
 * @param from the sender's full JID (room/nick for a link in a room)
 * @param offeredName the name exactly as offered (may be hostile: show {@link #fileName()})
 * @param fileName the offered name made safe by {@link SafeFileName}
 * @param size the declared size; unknown for a link
 * @param description the sender's description
 * @param mimeType the declared media type
 * @param url the link, for an out-of-band offer
 * @param md5 the MD5 the sender put in a stream offer (XEP-0096 §3.1 {@code hash}): the received
 *        file is checked against it, and fails with {@link TransferError#HASH_MISMATCH} if it differs
 */
public record FileOffer(String id, String accountId, String from, String offeredName, String fileName,
        OptionalLong size, Optional<String> description, Optional<String> mimeType, Optional<String> url,
        Optional<String> md5) {

    public FileOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(offeredName, "offeredName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(md5, "md5");
    }

    /** @return whether this is a link (HTTP upload) rather than a stream offer */
    public boolean isLink() {
        return url.isPresent();
    }
}
