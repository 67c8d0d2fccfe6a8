package org.causerie.whiteboard;

import java.util.Objects;

/**
 * What happened to a room board's stored snapshot (docs/whiteboard.md,
 * "Persistence"): the board outlives its participants through a snapshot kept
 * on the server's publish-subscribe service.
 *
 * @param board the board
 * @param kind what happened
 * @param detail a sentence for the log or a status line: the reason, or the snapshot's size
 */
public record PersistenceEvent(BoardId board, Kind kind, String detail) {

    /** What happened. */
    public enum Kind {
        /** The board started from the stored snapshot (and what the room sent after it). */
        LOADED,
        /** Nothing was stored for this board yet. */
        NONE_STORED,
        /** The stored snapshot was refused (hostile, malformed or oversized); the board started without it. */
        REFUSED,
        /** A snapshot of the board was written. */
        STORED,
        /** The server offers no publish-subscribe service (or it is turned off): the board is not persisted. */
        UNAVAILABLE,
        /** Reading or writing the snapshot failed (the server refused it, or the connection went). */
        FAILED,
        /**
         * Elements confirmed after the stored snapshot (or, with none stored, since the board began) were
         * read from the room's archive (XEP-0313) and applied.
         */
        RECOVERED,
        /**
         * Nothing was read from the room's archive (no archive, an error, a snapshot naming no archive id,
         * or turned off): the board started from the snapshot alone; the detail says why.
         */
        NOT_RECOVERED
    }

    public PersistenceEvent {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
