package org.causerie.core;

/** Receives message stanzas with a body, on a session's delivery thread, in order. */
@FunctionalInterface
public interface MessageListener {

    /** @param message a message that arrived (each stanza id once) */
    void messageReceived(XmppMessage message);
}
