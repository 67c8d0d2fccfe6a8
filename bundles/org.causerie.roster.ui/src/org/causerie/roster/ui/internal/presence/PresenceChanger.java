package org.causerie.roster.ui.internal.presence;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.AccountService;
import org.causerie.core.ConnectionState;
import org.causerie.core.OwnPresence;
import org.causerie.core.XmppSession;

/**
 * Sets an account's presence the way the selector means it: offline disconnects;
 * any other presence is broadcast by a connected account, and connects an
 * offline configured account announcing that presence first (contacts never see
 * a passing "online").
 */
public final class PresenceChanger {

    private final AccountService accounts;

    public PresenceChanger(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * @param accountId the account
     * @param presence the presence to show, empty for offline
     * @return completes when sent, connected or disconnected
     */
    public CompletableFuture<Void> apply(String accountId, Optional<OwnPresence> presence) {
        Optional<XmppSession> session = accounts.session(accountId);
        if (presence.isEmpty()) {
            return session.isPresent() ? accounts.disconnect(accountId) : CompletableFuture.completedFuture(null);
        }
        if (session.isPresent() && session.get().state() != ConnectionState.FAILED
                && session.get().state() != ConnectionState.DISCONNECTED) {
            return session.get().setPresence(presence.get());
        }
        if (accounts.account(accountId).isPresent()) {
            return accounts.connect(accountId, presence.get()).thenApply(s -> null);
        }
        return CompletableFuture.completedFuture(null); // an account that is neither stored nor connected: gone
    }

    /** @return the presence the account shows now: empty when offline */
    public Optional<OwnPresence> current(String accountId) {
        return accounts.session(accountId).filter(s -> s.state() == ConnectionState.CONNECTED
                || s.state() == ConnectionState.RECONNECTING).map(XmppSession::presence);
    }
}
