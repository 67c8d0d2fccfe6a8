package org.causerie.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jivesoftware.smack.SmackException.NotConnectedException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Stanza;

/**
 * Stanzas the user sent while the link was down, sent in order once the session
 * is back. While anything is queued, new stanzas queue behind it so the order
 * the user typed is the order the server sees.
 */
final class SendQueue {

    private final Deque<Stanza> pending = new ArrayDeque<>();

    /** Sends now when possible, queues otherwise. */
    synchronized void send(XMPPConnection connection, Stanza stanza) {
        if (!pending.isEmpty() || !connection.isAuthenticated()) {
            pending.addLast(stanza);
            return;
        }
        try {
            connection.sendStanza(stanza);
        } catch (NotConnectedException e) {
            pending.addLast(stanza);
        } catch (InterruptedException e) {
            pending.addLast(stanza);
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what waits, in order; stops at the first failure, keeping the rest. */
    synchronized void flush(XMPPConnection connection) {
        while (!pending.isEmpty() && connection.isAuthenticated()) {
            try {
                connection.sendStanza(pending.peekFirst());
                pending.removeFirst();
            } catch (NotConnectedException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    synchronized int size() {
        return pending.size();
    }
}
