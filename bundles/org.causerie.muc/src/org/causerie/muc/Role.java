package org.causerie.muc;

/** An occupant's role in the room, for this visit (XEP-0045 §5.1). */
public enum Role {
    MODERATOR, PARTICIPANT, VISITOR,
    /** Not in the room (used to take a role away: kick, XEP-0045 §8.2). */
    NONE
}
