package org.causerie.whiteboard;

import java.util.Objects;

/**
 * One board as one account takes part in it.
 *
 * @param accountId the account's id
 * @param kind in a room or one-to-one
 * @param peer the room's bare JID, or the other party's full JID
 * @param session the SXE session id ({@code session} attribute, XEP-0284 §10.1)
 */
public record BoardId(String accountId, Kind kind, String peer, String session) {

    /** Where the board lives. */
    public enum Kind {
        /** In a multi-user chat room: groupchat messages, the room's order. */
        ROOM,
        /** Between two clients, negotiated with Jingle (XEP-0284 §4). */
        DIRECT
    }

    public BoardId {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(session, "session");
        if (session.isEmpty() || peer.isEmpty()) {
            throw new IllegalArgumentException("empty peer or session");
        }
    }
}
