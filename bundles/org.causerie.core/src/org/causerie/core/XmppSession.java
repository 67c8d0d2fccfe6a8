package org.causerie.core;

import java.util.concurrent.CompletableFuture;

/**
 * A connected account. Registered as an OSGi service when the account connects
 * and unregistered when it is disconnected by the user (it stays registered
 * through automatic reconnection, with {@link #state()} telling). Service
 * property {@value #ACCOUNT_ID} names the account.
 *
 * <p>Nothing here blocks on the network: operations return futures.
 */
public interface XmppSession {

    /** Service property holding the account id. */
    String ACCOUNT_ID = "causerie.account.id";

    /** Service property holding the bound full JID. */
    String BOUND_JID = "causerie.jid";

    /** @return the account this session belongs to */
    Account account();

    /** @return the connection's state now */
    ConnectionState state();

    /** @return the full JID bound when the session was established */
    String boundJid();

    /** @return how the stream to the server is encrypted now; empty when it is not */
    java.util.Optional<Encryption> encryption();

    /** @return the presence this session broadcasts */
    OwnPresence presence();

    /**
     * Broadcasts a new presence. Invisible uses XEP-0186 where the server has it,
     * otherwise privacy-list invisibility (XEP-0126), see docs/presence.md.
     *
     * @param presence the presence to show
     * @return completes when sent (or queued while reconnecting)
     */
    CompletableFuture<Void> setPresence(OwnPresence presence);

    /**
     * Sends a chat message. While the link is down the message is queued and sent
     * on reconnection; with stream management nothing is lost or sent twice.
     *
     * @param to bare or full JID
     * @param body text
     * @return the stanza id of the message
     */
    String sendMessage(String to, String body);

    /**
     * Sends a chat message like {@link #sendMessage} and tells when the server has
     * it: its stream management acknowledgement (XEP-0198 §4), or, on a stream
     * without stream management, the answer to a request sent after it (a server
     * handles a stream's stanzas in order, RFC 6120 §10.1). A message queued
     * while the link is down completes once it has been sent and acknowledged.
     *
     * @return completes with the stanza id
     */
    CompletableFuture<String> sendMessageAcknowledged(String to, String body);

    /** @return how many messages wait for the link to come back */
    int queuedMessages();

    /**
     * Changes the account's password on the server (XEP-0077 §3.3) and, on success,
     * in secure storage.
     *
     * @param newPassword the new password; the caller may clear the array afterwards
     * @return completes when the server accepted it
     */
    CompletableFuture<Void> changePassword(char[] newPassword);

    /**
     * Asks an entity which features it supports (XEP-0030 disco#info).
     *
     * @param jid the entity, e.g. another client's full JID
     * @return the feature namespaces it advertises
     */
    CompletableFuture<java.util.Set<String>> discoverFeatures(String jid);

    /**
     * Messages that arrive while no listener is registered (offline messages
     * delivered right after login, say) are kept, up to a bound, and handed to
     * the first listener added, so none is lost for lack of a listener.
     *
     * @param listener told about incoming messages until removed
     */
    void addMessageListener(MessageListener listener);

    void removeMessageListener(MessageListener listener);

    /** @param listener told about incoming presence until removed */
    void addPresenceListener(PresenceListener listener);

    void removePresenceListener(PresenceListener listener);
}
