package org.causerie.roster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The rosters of all connected accounts (RFC 6121): snapshots to read, change
 * events to follow, the subscription handshake, and contact details on request.
 * An account's roster appears when its session connects and goes when it
 * disconnects.
 *
 * <p>Nothing here blocks on the network: operations return futures that fail
 * with {@link RosterException}. Reading a snapshot copies no more than the map of
 * contacts, once per change; listeners get only what changed.
 */
public interface RosterService {

    /** @return the roster of a connected account */
    Optional<RosterSnapshot> roster(String accountId);

    /** @return the rosters of all connected accounts */
    List<RosterSnapshot> rosters();

    /**
     * Adds a contact and asks to see its presence: a roster set (RFC 6121 §2.4)
     * followed by a subscription request (§3.1.1). The contact is shown
     * {@link Contact#pendingOut() pending} until it answers.
     *
     * @param accountId the account
     * @param jid the contact's bare JID
     * @param name a nickname, or empty for none
     * @param groups the groups to file it under, may be empty
     * @return completes when the server accepted the roster item and the request is sent
     */
    CompletableFuture<Void> add(String accountId, String jid, Optional<String> name, Set<String> groups);

    /** Changes a contact's nickname (RFC 6121 §2.4); empty removes it. Groups are kept. */
    CompletableFuture<Void> rename(String accountId, String jid, Optional<String> name);

    /**
     * Files a contact under exactly these groups (RFC 6121 §2.4): moving is
     * replacing one group by another, copying is adding one. The nickname is kept.
     */
    CompletableFuture<Void> setGroups(String accountId, String jid, Set<String> groups);

    /**
     * Removes a contact (RFC 6121 §2.5); the server also cancels the subscriptions
     * both ways (§2.5.2).
     */
    CompletableFuture<Void> remove(String accountId, String jid);

    /**
     * Lets a requester see the user's presence (RFC 6121 §3.1.4, {@code subscribed}),
     * and, with {@code askBack}, asks to see the requester's presence in the same step
     * unless already seen or asked.
     */
    CompletableFuture<Void> approve(String accountId, String jid, boolean askBack);

    /** Refuses a subscription request or revokes an approval (RFC 6121 §3.2, {@code unsubscribed}). */
    CompletableFuture<Void> deny(String accountId, String jid);

    /** Stops seeing a contact's presence (RFC 6121 §3.3, {@code unsubscribe}); the item stays. */
    CompletableFuture<Void> unsubscribe(String accountId, String jid);

    /** @return the subscription requests of an account not answered yet, oldest first */
    List<SubscriptionRequest> pendingRequests(String accountId);

    /** Asks a resource which software it runs (XEP-0092). */
    CompletableFuture<SoftwareVersion> softwareVersion(String accountId, String fullJid);

    /** Asks a resource for its time (XEP-0202). */
    CompletableFuture<EntityTime> entityTime(String accountId, String fullJid);

    /** Fetches a contact's vCard (XEP-0054 §3.2); an empty vCard when it has none. */
    CompletableFuture<VCard> vCard(String accountId, String bareJid);

    /** @param listener told about every account's roster changes until removed */
    void addListener(RosterListener listener);

    void removeListener(RosterListener listener);
}
