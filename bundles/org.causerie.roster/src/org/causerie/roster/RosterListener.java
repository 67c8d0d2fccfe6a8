package org.causerie.roster;

/**
 * Told about roster changes of every connected account. Called on one background
 * thread, in order per account; implementations must not block it (a UI hands the
 * event to its display thread).
 */
public interface RosterListener {

    /** @param change what changed in one account's roster */
    void rosterChanged(RosterChange change);

    /**
     * Someone asks to see the user's presence. The request also stays in
     * {@link RosterService#pendingRequests} until answered.
     *
     * @param request the request
     */
    default void subscriptionRequested(SubscriptionRequest request) {
    }

    /**
     * An account connected: its roster is available (possibly not loaded yet).
     *
     * @param snapshot the roster now
     */
    default void rosterAdded(RosterSnapshot snapshot) {
    }

    /** @param accountId an account that disconnected: its roster is gone */
    default void rosterRemoved(String accountId) {
    }
}
