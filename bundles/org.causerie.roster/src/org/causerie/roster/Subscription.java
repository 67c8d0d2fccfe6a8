package org.causerie.roster;

/**
 * The subscription state of a roster item (RFC 6121 §2.1.2.5): who sees whose presence.
 */
public enum Subscription {
    /** Neither side sees the other's presence. */
    NONE,
    /** The user sees the contact's presence; the contact does not see the user's. */
    TO,
    /** The contact sees the user's presence; the user does not see the contact's. */
    FROM,
    /** Both see each other's presence. */
    BOTH;

    /** @return whether the user receives the contact's presence */
    public boolean seesContact() {
        return this == TO || this == BOTH;
    }

    /** @return whether the contact receives the user's presence */
    public boolean contactSeesUser() {
        return this == FROM || this == BOTH;
    }
}
