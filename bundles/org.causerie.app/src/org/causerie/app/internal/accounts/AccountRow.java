package org.causerie.app.internal.accounts;

import java.util.Optional;

import org.causerie.core.Account;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionStatus;

/**
 * One line of the Accounts table.
 *
 * @param account the account's settings
 * @param status its connection now
 * @param lastError the error to show: the status's, or the last failed attempt's
 */
record AccountRow(Account account, ConnectionStatus status, Optional<ConnectionError> lastError) {

    /** @return whether a connect makes sense now */
    boolean canConnect() {
        return switch (status.state()) {
            case DISCONNECTED, FAILED -> true;
            default -> false;
        };
    }
}
