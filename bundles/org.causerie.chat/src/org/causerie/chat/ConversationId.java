package org.causerie.chat;

import java.util.Locale;
import java.util.Objects;

import org.causerie.core.Jids;

/**
 * A conversation: one account of ours and one peer, by bare JID (RFC 6121 §5.1:
 * a chat session is between two bare JIDs, whatever resources take part).
 * Messages to and from one's own other resources form the conversation whose
 * peer is the account's own bare JID.
 *
 * @param accountId the account's id ({@link org.causerie.core.Account#id()})
 * @param peer the peer's bare JID, normalised to lower case; a domain JID is allowed
 */
public record ConversationId(String accountId, String peer) {

    public ConversationId {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(peer, "peer");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("account id is blank");
        }
        if (peer.isBlank() || peer.indexOf('/') >= 0 || peer.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a bare JID: " + peer);
        }
        // Localpart and domainpart compare case-insensitively (RFC 7622 §3.2, §3.3).
        peer = peer.toLowerCase(Locale.ROOT);
    }

    /**
     * @param accountId the account's id
     * @param jid a bare or full JID; the resource is dropped
     * @return the conversation of that account with that JID's bare JID
     */
    public static ConversationId of(String accountId, String jid) {
        Objects.requireNonNull(jid, "jid");
        return new ConversationId(accountId, Jids.bare(jid));
    }
}
