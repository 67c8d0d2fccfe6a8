package org.causerie.whiteboard;

/**
 * Told about boards. Called on a service thread, in the order things happened
 * on each board; UI code marshals to its display thread. Every method does
 * nothing by default.
 */
public interface BoardListener {

    /** A board changed: shapes, participants, state, pending edits or undo. */
    default void boardChanged(BoardSnapshot board) {
    }

    /**
     * One of the user's edits was not confirmed: the room refused it, it was lost,
     * or it lost a conflict with someone else's edit to the same shape (XEP-0284
     * §10.6.2). The board shown no longer has it.
     */
    default void editRolledBack(BoardId board, String reason) {
    }

    /** Records someone sent were refused (hostile or invalid); the board is unchanged by them. */
    default void recordsRefused(BoardId board, String sender, String reason) {
    }

    /** Someone invites the user to a one-to-one board. */
    default void invitationReceived(WhiteboardInvitation invitation) {
    }

    /**
     * A room board's stored snapshot was loaded, refused, written, or cannot be
     * kept (no publish-subscribe service). May come after the board ended (the
     * snapshot written on leaving).
     */
    default void persistence(PersistenceEvent event) {
    }
}
