package org.causerie.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone asks to see the user's presence (RFC 6121 §3.1.3). Answer with
 * {@link RosterService#approve} or {@link RosterService#deny}.
 *
 * @param accountId the account asked
 * @param from the requester's bare JID
 * @param nick the nickname the requester gave (XEP-0172), if any
 * @param received when it arrived
 */
public record SubscriptionRequest(String accountId, String from, Optional<String> nick, Instant received) {

    public SubscriptionRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(received, "received");
    }
}
