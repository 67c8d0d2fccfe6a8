package org.causerie.core.spi;

import java.util.concurrent.CompletableFuture;

import org.causerie.core.XmppSession;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Stanza;

/**
 * The Smack side of a session, registered as a service beside {@link XmppSession}.
 */
public interface SmackSession extends XmppSession {

    /** @return the Smack connection; the same object across automatic reconnections */
    XMPPConnection connection();

    /**
     * Sends a stanza through the session's send queue: sent now when the link is
     * up, otherwise kept, in order with everything else the session sends, until
     * it is back. Prefer this to {@code connection().sendStanza(...)}, which fails
     * while the link is down.
     */
    void send(Stanza stanza);

    /**
     * As {@link #send(Stanza)}, and tells when the server has the stanza: its
     * stream management acknowledgement (XEP-0198 §4), or on a stream without
     * stream management the answer to a request sent after it (RFC 6120 §10.1).
     *
     * @return completes with the stanza id; fails if the session ends first
     */
    CompletableFuture<String> sendAcknowledged(Stanza stanza);
}
