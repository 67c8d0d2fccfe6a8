package org.causerie.core.spi;

import org.causerie.core.XmppSession;
import org.jivesoftware.smack.XMPPConnection;

/**
 * The Smack side of a session, registered as a service beside {@link XmppSession}.
 */
public interface SmackSession extends XmppSession {

    /** @return the Smack connection; the same object across automatic reconnections */
    XMPPConnection connection();
}
