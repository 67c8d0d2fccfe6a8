package org.causerie.core.spi;

/**
 * Implemented by an {@link org.causerie.core.XepContribution} that installs
 * per-connection handlers (IQ request handlers, stanza listeners). Called for
 * every session that exists when the contribution arrives and for every later
 * one; {@link #leave} is called for each when it goes. For a new session,
 * {@link #join} is called when its connection is created, before it connects
 * and logs in, so handlers and modes (roster subscription mode, stores) are in
 * place for the first stanza; the session is not published yet then.
 */
public interface SmackSessionParticipant {

    /** @param session a session to install handlers on */
    void join(SmackSession session);

    /** @param session a session to remove this contribution's handlers from */
    void leave(SmackSession session);
}
