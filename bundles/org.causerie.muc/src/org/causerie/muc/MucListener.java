package org.causerie.muc;

/**
 * Told about rooms. Called on a service thread, in the order things happened in
 * each room; UI code marshals to its display thread. Every method does nothing by
 * default.
 */
public interface MucListener {

    /** A message or event was added to a room's conversation (live, history or archive). */
    default void entryAdded(RoomEntry entry) {
    }

    /** A room's subject, occupants, or our role, affiliation or nickname changed. */
    default void roomChanged(RoomSnapshot room) {
    }

    /**
     * We are in a room now: joined by the user, by autojoin at login, or after a
     * reconnection.
     */
    default void roomJoined(RoomSnapshot room) {
    }

    /**
     * We are no longer in a room.
     *
     * @param room the room
     * @param why the event that took us out ({@link RoomEvent.Kind#LEFT} when the user
     *        left; KICKED, BANNED, REMOVED or DESTROYED otherwise)
     */
    default void roomLeft(RoomId room, RoomEvent why) {
    }

    /** An invitation arrived. */
    default void invitationReceived(Invitation invitation) {
    }

    /** An account's bookmarks changed (here or from another client). */
    default void bookmarksChanged(String accountId) {
    }
}
