package org.causerie.muc;

/** A user's long-lived relation to the room (XEP-0045 §5.2). */
public enum Affiliation {
    OWNER, ADMIN, MEMBER,
    /** Banned (XEP-0045 §9.1). */
    OUTCAST,
    NONE
}
