package org.causerie.whiteboard;

import java.util.Objects;

/**
 * Someone asks to draw together one-to-one (a Jingle session-initiate with the
 * SXE transport, XEP-0284 §4.1).
 *
 * @param accountId the invited account
 * @param from the inviter's full JID (the session's host)
 * @param session the session id
 */
public record WhiteboardInvitation(String accountId, String from, String session) {

    public WhiteboardInvitation {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(session, "session");
    }

    /** @return the board this invitation is for */
    public BoardId board() {
        return new BoardId(accountId, BoardId.Kind.DIRECT, from, session);
    }
}
