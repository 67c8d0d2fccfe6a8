package org.causerie.example.attention;

import java.time.Instant;
import java.util.Objects;

/**
 * An attention request that arrived (XEP-0224 §3).
 *
 * @param accountId the account it reached
 * @param fromBareJid who asks for attention
 * @param at when it arrived
 */
public record Buzz(String accountId, String fromBareJid, Instant at) {

    public Buzz {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fromBareJid, "fromBareJid");
        Objects.requireNonNull(at, "at");
    }
}
