package org.causerie.pubsub.pep;

/**
 * Told when an entity's extended presence changes (its own, or a contact's), on
 * a thread of the service's own, in the order notifications arrived.
 */
@FunctionalInterface
public interface PepListener {

    /**
     * @param accountId the account that received it
     * @param jid the publisher's bare JID
     * @param now everything known about it now
     */
    void changed(String accountId, String jid, ExtendedPresence now);
}
