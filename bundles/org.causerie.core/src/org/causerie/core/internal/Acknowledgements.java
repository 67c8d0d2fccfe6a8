package org.causerie.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * The stanzas of one session whose acknowledgement by the server (XEP-0198 §4)
 * someone waits for. Smack hands every acknowledgement to a pool thread as soon
 * as one acknowledged-listener is registered, so the listener is registered
 * only while something is awaited: a session that awaits nothing costs no more
 * per stanza than a bare Smack connection.
 */
final class Acknowledgements {

    private final XMPPTCPConnection connection;
    private final StanzaListener listener = this::acknowledged;
    /** Guarded by {@code this}; the listener is registered exactly while it is not empty. */
    private final Map<String, CompletableFuture<String>> awaited = new HashMap<>();

    Acknowledgements(XMPPTCPConnection connection) {
        this.connection = connection;
    }

    /** @return completes with the id once the server acknowledged the stanza with that id */
    synchronized CompletableFuture<String> await(String id) {
        CompletableFuture<String> acknowledged = new CompletableFuture<>();
        if (awaited.isEmpty()) {
            connection.addStanzaAcknowledgedListener(listener);
        }
        awaited.put(id, acknowledged);
        return acknowledged;
    }

    /** @return the ids awaited now */
    synchronized List<String> awaitedIds() {
        return List.copyOf(awaited.keySet());
    }

    /** Completes the wait for one id, e.g. when something else proved the server has the stanza. */
    void complete(String id) {
        CompletableFuture<String> waiting = remove(id);
        if (waiting != null) {
            waiting.complete(id);
        }
    }

    /** Nothing more will be acknowledged: every wait fails with this reason. */
    void failAll(Exception reason) {
        List<CompletableFuture<String>> failed;
        synchronized (this) {
            failed = List.copyOf(awaited.values());
            awaited.clear();
            connection.removeStanzaAcknowledgedListener(listener);
        }
        failed.forEach(f -> f.completeExceptionally(reason));
    }

    private void acknowledged(Stanza stanza) {
        complete(String.valueOf(stanza.getStanzaId()));
    }

    private synchronized CompletableFuture<String> remove(String id) {
        CompletableFuture<String> waiting = awaited.remove(id);
        if (waiting != null && awaited.isEmpty()) {
            connection.removeStanzaAcknowledgedListener(listener);
        }
        return waiting;
    }
}
