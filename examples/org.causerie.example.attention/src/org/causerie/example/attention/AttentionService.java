package org.causerie.example.attention;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** XEP-0224 Attention on every connected account, while the plugin runs. */
public interface AttentionService {

    /**
     * Asks a contact for attention: a headline message carrying
     * {@code <attention xmlns='urn:xmpp:attention:0'/>} (XEP-0224 §3).
     *
     * @param accountId the account to send from (it must be connected)
     * @param jid the contact's bare or full JID
     * @return completes when the server has the message
     */
    CompletableFuture<Void> buzz(String accountId, String jid);

    /**
     * @return whether buzzes are accepted only from contacts in the receiving
     *         account's roster (others are ignored); stored in the plugin's
     *         instance-scope preferences, false until set
     */
    boolean rosterOnly();

    /**
     * Changes and stores {@link #rosterOnly()}; it applies to the next buzz that arrives.
     *
     * @throws IllegalStateException if the preferences could not be written
     */
    void setRosterOnly(boolean rosterOnly);

    /** @return the buzzes received since the plugin started, oldest first (at most 100) */
    List<Buzz> received();

    void addListener(BuzzListener listener);

    void removeListener(BuzzListener listener);
}
