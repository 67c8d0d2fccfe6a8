package org.causerie.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of an account's connection, as reported to {@link AccountListener}s.
 *
 * @param accountId the account
 * @param state where the connection stands
 * @param error the last error, while {@code state} is {@code FAILED} or {@code RECONNECTING}
 * @param boundJid the full JID bound by the server, while connected
 */
public record ConnectionStatus(String accountId, ConnectionState state, Optional<ConnectionError> error,
        Optional<String> boundJid) {

    public ConnectionStatus {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(boundJid, "boundJid");
    }

    /** @return the status of an account that is not connected */
    public static ConnectionStatus disconnected(String accountId) {
        return new ConnectionStatus(accountId, ConnectionState.DISCONNECTED, Optional.empty(), Optional.empty());
    }
}
