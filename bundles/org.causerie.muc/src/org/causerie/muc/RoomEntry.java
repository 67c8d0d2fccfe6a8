package org.causerie.muc;

import java.time.Instant;

/**
 * One line of a room's conversation: a message or an event (someone joined,
 * left, was kicked ...), in the order the room sent them.
 */
public sealed interface RoomEntry permits RoomMessage, RoomEvent {

    /** @return the room it belongs to */
    RoomId room();

    /** @return when it happened (the delay stamp for history, XEP-0203) */
    Instant timestamp();
}
