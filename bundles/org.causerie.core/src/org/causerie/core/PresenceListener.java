package org.causerie.core;

/** Receives presence from contacts' resources. */
@FunctionalInterface
public interface PresenceListener {

    /** @param presence presence that arrived */
    void presenceReceived(PeerPresence presence);
}
