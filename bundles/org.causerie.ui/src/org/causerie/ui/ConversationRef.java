package org.causerie.ui;

import java.util.Objects;

/**
 * The one-to-one conversation a chat panel is shown in.
 *
 * @param accountId the local account
 * @param peerBareJid the peer's bare JID
 */
public record ConversationRef(String accountId, String peerBareJid) {

    public ConversationRef {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(peerBareJid, "peerBareJid");
    }
}
