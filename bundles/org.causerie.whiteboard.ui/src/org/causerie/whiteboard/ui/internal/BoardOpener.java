package org.causerie.whiteboard.ui.internal;

import org.causerie.whiteboard.BoardId;

/**
 * Opens board editors in the workbench: an OSGi service present while a workbench
 * runs ({@link WorkbenchBoardOpener}), so that the room tool and the roster action
 * (DS components) exist only while they can open something. Display thread only.
 */
public interface BoardOpener {

    /** Opens (or brings to the front) the editor of a room's board, connecting to the board if needed. */
    void openRoom(String accountId, String roomJid);

    /** Invites the peer (a full JID) to a one-to-one board and opens its editor at once. */
    void invite(String accountId, String peerFullJid);

    /** Opens the editor of a board we already take part in (an accepted invitation). */
    void show(BoardId board);
}
