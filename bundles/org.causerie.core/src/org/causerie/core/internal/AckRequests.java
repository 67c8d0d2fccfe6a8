package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.sm.StreamManagementException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * When to ask the server for an acknowledgement (XEP-0198 §4, {@code <r/>}).
 * Smack's default asks after every message and every fifth stanza, so a burst
 * of messages costs one request and one answer per message, and every answer
 * a hand-off to a pool thread. Here a message still gets its request at once
 * when none went out in the last {@link #MIN_INTERVAL_MILLIS} ms; within that
 * interval one deferred request covers everything sent meanwhile (an answer
 * acknowledges every stanza up to its count), so no message waits longer than
 * the interval for its acknowledgement.
 */
final class AckRequests implements StanzaFilter {

    private static final Logger LOG = System.getLogger(AckRequests.class.getName());
    /** The longest a message waits for its request during a burst. */
    static final long MIN_INTERVAL_MILLIS = 10;
    /** As Smack's default: other stanzas are covered at least every this many. */
    private static final int STANZAS_PER_REQUEST = 5;

    private final XMPPTCPConnection connection;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private long lastRequest = Long.MIN_VALUE / 2;
    private int stanzasSinceRequest;
    private boolean deferred;

    /** The time source, in nanoseconds (a fake one in unit tests). */
    interface Clock {
        long nanoTime();
    }

    AckRequests(XMPPTCPConnection connection, ScheduledExecutorService executor) {
        this(connection, executor, System::nanoTime);
    }

    AckRequests(XMPPTCPConnection connection, ScheduledExecutorService executor, Clock clock) {
        this.connection = connection;
        this.executor = executor;
        this.clock = clock;
    }

    /** Installs this policy instead of Smack's default (it must happen before login). */
    void install() {
        connection.removeAllRequestAckPredicates();
        connection.addRequestAckPredicate(this);
    }

    /** Called by Smack after it wrote each stanza, while stream management is on. */
    @Override
    public synchronized boolean accept(Stanza stanza) {
        stanzasSinceRequest++;
        if (!(stanza instanceof Message) && stanzasSinceRequest < STANZAS_PER_REQUEST) {
            return false;
        }
        long now = clock.nanoTime();
        long wait = TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS) - (now - lastRequest);
        if (wait <= 0) {
            requested(now);
            return true;
        }
        if (!deferred) {
            deferred = true;
            executor.schedule(this::deferredRequest, wait, TimeUnit.NANOSECONDS);
        }
        return false;
    }

    private synchronized void requested(long now) {
        lastRequest = now;
        stanzasSinceRequest = 0;
    }

    private void deferredRequest() {
        synchronized (this) {
            deferred = false;
            requested(clock.nanoTime());
        }
        request(connection);
    }

    /** Asks the server for an acknowledgement now, if the stream still has stream management. */
    static void request(XMPPTCPConnection connection) {
        try {
            if (connection.isSmEnabled()) {
                connection.requestSmAcknowledgement();
            }
        } catch (StreamManagementException.StreamManagementNotEnabledException
                | SmackException.NotConnectedException e) {
            // the stream is gone: resumption or the next stream settles what was sent
            LOG.log(Level.DEBUG, () -> "no acknowledgement request: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
