package org.causerie.cli.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Makes sure the server has what was sent before the process disconnects: the
 * stream management acknowledgement of the stanza (XEP-0198 §4) where the stream
 * has it, otherwise an IQ round trip to the server, which handles a stream's
 * stanzas in order (RFC 6120 §10.1).
 */
final class Delivery {

    private Delivery() {
    }

    /** Sends a chat message and returns once the server acknowledged it. */
    static String sendConfirmed(XmppSession session, String to, String body, Duration timeout) throws Exception {
        if (session instanceof SmackSession smack && smack.connection() instanceof XMPPTCPConnection tcp
                && tcp.isSmEnabled()) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Object signal = new Object();
            StanzaListener listener = stanza -> {
                acknowledged.add(String.valueOf(stanza.getStanzaId()));
                synchronized (signal) {
                    signal.notifyAll();
                }
            };
            tcp.addStanzaAcknowledgedListener(listener);
            try {
                String id = session.sendMessage(to, body);
                tcp.requestSmAcknowledgement();
                if (awaitId(acknowledged, id, signal, timeout)) {
                    return id;
                }
            } finally {
                tcp.removeStanzaAcknowledgedListener(listener);
            }
            confirm(session, timeout);
            return "";
        }
        String id = session.sendMessage(to, body);
        confirm(session, timeout);
        return id;
    }

    /** Returns once the server handled everything this session sent so far. */
    static void confirm(XmppSession session, Duration timeout) throws Exception {
        TransientSession.await(session.discoverFeatures(session.account().domain()), timeout);
    }

    private static boolean awaitId(Set<String> acknowledged, String id, Object signal, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!acknowledged.contains(id)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
        }
        return true;
    }
}
