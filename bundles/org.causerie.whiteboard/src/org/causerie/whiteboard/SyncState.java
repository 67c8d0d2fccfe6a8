package org.causerie.whiteboard;

/** Where a board is in its life (XEP-0284 §7, §8). */
public enum SyncState {
    /** Waiting for a 1:1 invitation to be accepted. */
    INVITING,
    /** Connected, waiting for someone to offer and send the board's state. */
    JOINING,
    /** The board is complete: edits may be made. */
    SYNCED,
    /** The session ended (left the room, declined, closed, the account went away). */
    ENDED
}
