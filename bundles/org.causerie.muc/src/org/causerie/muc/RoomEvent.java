package org.causerie.muc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a room, shown in its conversation (XEP-0045 §7–§10).
 *
 * @param room the room
 * @param kind what happened
 * @param nick the occupant concerned (for {@link Kind#SUBJECT_CHANGED}, who changed it;
 *        may be empty when the room itself did)
 * @param actor who did it (a moderator's nick or JID, XEP-0045 §8.2 {@code <actor/>}), if the room says
 * @param reason the reason given, if any
 * @param detail what changed to: the new nick, subject, role or affiliation (lower case,
 *        as on the wire), or the alternate venue of a destroyed room
 * @param timestamp when it happened here
 */
public record RoomEvent(RoomId room, Kind kind, String nick, Optional<String> actor, Optional<String> reason,
        Optional<String> detail, Instant timestamp) implements RoomEntry {

    /** The events a room reports. */
    public enum Kind {
        JOINED, LEFT, NICK_CHANGED, KICKED, BANNED,
        /** Removed because the room became members-only or the user lost membership (§9.4, §9.7). */
        REMOVED,
        ROLE_CHANGED, AFFILIATION_CHANGED, SUBJECT_CHANGED,
        /** The room was destroyed (§10.9); {@link RoomEvent#detail()} is the alternate venue, if any. */
        DESTROYED,
        /**
         * Someone declined our mediated invitation (§7.8.2); {@link RoomEvent#nick()} is
         * their JID and {@link RoomEvent#reason()} their words, if any.
         */
        INVITATION_DECLINED
    }

    public RoomEvent {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
