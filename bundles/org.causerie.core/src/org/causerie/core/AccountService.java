package org.causerie.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The configured accounts and their connections. Accounts are stored in Eclipse
 * preferences; passwords only in Eclipse secure storage.
 */
public interface AccountService {

    /** @return the configured accounts, in the order they were added */
    List<Account> accounts();

    /** @return the account with this id */
    Optional<Account> account(String id);

    /**
     * Adds or replaces an account (matched by id).
     *
     * @param account the settings
     * @param password the password, or null to keep the stored one
     */
    void save(Account account, char[] password);

    /** Disconnects and removes an account and its stored password. */
    void remove(String id);

    /** @return whether a password is stored for the account */
    boolean hasPassword(String id);

    /**
     * Connects a configured account. The future fails with {@link ConnectionException}.
     *
     * @return completes with the session once authenticated and bound
     */
    CompletableFuture<XmppSession> connect(String id);

    /**
     * Connects a configured account and announces the given presence first
     * (instead of plain available), so contacts never see a passing state.
     */
    CompletableFuture<XmppSession> connect(String id, OwnPresence initialPresence);

    /**
     * Connects an account that is not stored (scripts, the CLI, tests).
     *
     * @param account settings; its id must not clash with a configured account
     * @param password the password
     * @return completes with the session once authenticated and bound
     */
    CompletableFuture<XmppSession> connect(Account account, char[] password);

    /** As {@link #connect(Account, char[])}, announcing the given presence first. */
    CompletableFuture<XmppSession> connect(Account account, char[] password, OwnPresence initialPresence);

    /**
     * Disconnects an account (sends unavailable presence, closes the stream). An
     * account that is not stored is forgotten, password included.
     */
    CompletableFuture<Void> disconnect(String id);

    /** @return the account's status now */
    ConnectionStatus status(String id);

    /** @return the account's session while it is connected or reconnecting */
    Optional<XmppSession> session(String id);

    /**
     * Trusts a certificate for one account from now on (trust on first use).
     * A different certificate is refused again.
     *
     * @param id the account
     * @param sha256 the fingerprint the user accepted
     */
    void pinCertificate(String id, String sha256);

    /**
     * Creates an account on its server by in-band registration (XEP-0077).
     * Nothing is stored: call {@link #save} to keep it.
     *
     * @param account the JID and connection settings to use
     * @param password the new account's password
     * @return completes when the server created the account; fails with
     *         {@link ConnectionException} or {@link RegistrationException}
     */
    CompletableFuture<Void> register(Account account, char[] password);

    void addListener(AccountListener listener);

    void removeListener(AccountListener listener);
}
