package org.causerie.core.spi;

/**
 * Implemented by an {@link org.causerie.core.XepContribution} that installs
 * per-connection handlers (IQ request handlers, stanza listeners). Called for
 * every session that exists when the contribution arrives and for every later
 * one; {@link #leave} is called for each when it goes.
 */
public interface SmackSessionParticipant {

    /** @param session a session to install handlers on */
    void join(SmackSession session);

    /** @param session a session to remove this contribution's handlers from */
    void leave(SmackSession session);
}
