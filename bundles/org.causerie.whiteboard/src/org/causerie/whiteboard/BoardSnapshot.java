package org.causerie.whiteboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A board now, as the user sees it: the room's confirmed board with the user's
 * own edits not yet confirmed drawn on top. Immutable.
 *
 * @param board which board
 * @param state where it is in its life
 * @param shapes the shapes in z-order, the bottom one first
 * @param participants who takes part (room nicknames, or JIDs one-to-one), ourselves included
 * @param pendingEdits how many of the user's edits wait for the room to confirm them
 * @param canUndo whether {@link WhiteboardService#undo} has something to undo
 * @param canRedo whether {@link WhiteboardService#redo} has something to redo
 */
public record BoardSnapshot(BoardId board, SyncState state, List<Shape> shapes, List<String> participants,
        int pendingEdits, boolean canUndo, boolean canRedo) {

    public BoardSnapshot {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(state, "state");
        shapes = List.copyOf(shapes);
        participants = List.copyOf(participants);
    }

    /** @return the shape with that id, if on the board */
    public Optional<Shape> shape(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
