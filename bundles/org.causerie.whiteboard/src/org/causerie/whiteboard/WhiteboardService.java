package org.causerie.whiteboard;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.muc.RoomId;

/**
 * Shared whiteboards over XEP-0284 (an OSGi service): boards in joined rooms and
 * one-to-one.
 *
 * <p>Nothing here waits for the network. Edits show at once in the snapshots and
 * are confirmed when the room (or, one-to-one, the host) orders them; an edit
 * that is not confirmed is rolled back and {@link BoardListener#editRolledBack}
 * says so.
 */
public interface WhiteboardService {

    /**
     * Opens the room's board: connects to the session (XEP-0284 §7) and fetches
     * its state from someone in the room (§8); with nobody to offer it, the board
     * starts empty.
     *
     * @param room a room the account is in ({@code MucService})
     * @return completes once the board is synced; fails with a {@link WhiteboardException}
     *         when the room is not joined
     */
    CompletableFuture<BoardSnapshot> openRoom(RoomId room);

    /**
     * Invites someone to a one-to-one board (Jingle session-initiate, §4.1); we host it.
     *
     * @param accountId our account
     * @param peerFullJid the other client's full JID
     * @return completes with the board when accepted; fails when declined
     */
    CompletableFuture<BoardSnapshot> invite(String accountId, String peerFullJid);

    /** Accepts an invitation (§4.2) and fetches the board from the host. */
    CompletableFuture<BoardSnapshot> accept(WhiteboardInvitation invitation);

    /** Declines an invitation (§4.3, reason {@code decline}). */
    CompletableFuture<Void> decline(WhiteboardInvitation invitation);

    /** @return invitations not answered yet */
    List<WhiteboardInvitation> invitations();

    /** @return a board we take part in, now */
    Optional<BoardSnapshot> board(BoardId board);

    /** @return every board we take part in */
    List<BoardSnapshot> boards();

    /**
     * Makes an edit: shown at once, sent to the session.
     *
     * @return the new shape's id for {@link Edit.Add}, else empty
     * @throws IllegalArgumentException for a shape not on the board or an edit the limits refuse
     * @throws IllegalStateException when the board is not synced
     */
    Optional<String> edit(BoardId board, Edit edit);

    /**
     * Makes an edit like {@link #edit} and returns the board as it stood right after it,
     * before anything from the session (a quick refusal, someone else's edit) could change
     * it: what an editor shows at once.
     *
     * @throws IllegalArgumentException for a shape not on the board or an edit the limits refuse
     * @throws IllegalStateException when the board is not synced
     */
    BoardSnapshot editAndShow(BoardId board, Edit edit);

    /**
     * Undoes the user's last own edit that can still be undone, by sending new
     * records that put things back; shapes others removed meanwhile are skipped.
     *
     * @return whether something was undone
     */
    boolean undo(BoardId board);

    /** Redoes the last undone edit; any new edit clears what can be redone. */
    boolean redo(BoardId board);

    /** Leaves the board (the room stays joined). */
    void close(BoardId board);

    /** @return the limits in force */
    WhiteboardLimits limits();

    /** Replaces the limits for boards opened from now on. */
    void setLimits(WhiteboardLimits limits);

    void addBoardListener(BoardListener listener);

    void removeBoardListener(BoardListener listener);
}
