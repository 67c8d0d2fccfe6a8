package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Flow control for stream management (XEP-0198). Smack keeps the stanzas the
 * server has not acknowledged in a bounded queue; when it is full, Smack's writer
 * thread waits for room, the outgoing queue fills behind it, and the reader
 * thread, which must queue its answer to the server's acknowledgement request
 * before reading on, waits too: the server's acknowledgement is never read and
 * the session hangs. (Seen: a burst of thousands of messages while the server,
 * busy archiving, lagged; or thousands of receipts after a flood.) So whoever
 * sends — the user's messages, Smack's receipts, presence — waits here, before
 * Smack's queues, while {@link #WINDOW} stanzas are unacknowledged, asking the
 * server for an acknowledgement. Smack's reader thread never waits, and no one
 * waits longer than {@link #MAX_WAIT_MILLIS} at a time.
 */
final class SendWindow {

    private static final Logger LOG = System.getLogger(SendWindow.class.getName());
    /** Well under Smack's unacknowledged-stanza queue (it asks for an ack itself at 307). */
    static final int WINDOW = 250;
    static final long MAX_WAIT_MILLIS = 5_000;

    private final XMPPTCPConnection connection;
    private final StanzaListener sending = this::sending;
    private final StanzaListener acknowledged = stanza -> acknowledged();
    private final ConnectionListener streams = new ConnectionListener() {
        @Override
        public void authenticated(XMPPConnection c, boolean resumed) {
            if (!resumed) {
                reset();
            }
        }

        @Override
        public void connectionClosed() {
            reset();
        }

        @Override
        public void connectionClosedOnError(Exception e) {
            reset();
        }
    };
    /** Guarded by {@code this}: stanzas counted out and acknowledged on the current stream. */
    private long sent;
    private long acked;

    SendWindow(XMPPTCPConnection connection) {
        this.connection = connection;
    }

    void install() {
        connection.addStanzaInterceptor(sending, null);
        connection.addStanzaAcknowledgedListener(acknowledged);
        connection.addConnectionListener(streams);
    }

    /** Called by Smack in the sending thread, before the stanza enters its queues. */
    private void sending(Stanza stanza) {
        if (!connection.isSmEnabled()) {
            return;
        }
        if (Thread.currentThread().getName().startsWith("Smack Reader") || !mustWait()) {
            count();
            return;
        }
        // asked outside the lock: queueing the request may wait for room in Smack's writer
        AckRequests.request(connection);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        synchronized (this) {
            while (mustWait() && connection.isSmEnabled()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.log(Level.DEBUG, () -> "no acknowledgement for " + WINDOW + " stanzas; sending on");
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            sent++;
        }
    }

    private synchronized boolean mustWait() {
        return sent - acked >= WINDOW;
    }

    private synchronized void count() {
        sent++;
    }

    private synchronized void acknowledged() {
        acked++;
        notifyAll();
    }

    private synchronized void reset() {
        sent = 0;
        acked = 0;
        notifyAll();
    }
}
