package org.causerie.roster.internal;

import java.util.concurrent.CompletableFuture;

import org.causerie.roster.RosterException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;

/** Sends stanzas without blocking the caller and reports failures as {@link RosterException}. */
final class Iqs {

    private Iqs() {
    }

    /**
     * Sends an IQ request; completes with its result (RFC 6120 §8.2.3) without
     * holding a thread while waiting.
     */
    static <T extends IQ> CompletableFuture<T> request(XMPPConnection connection, IQ request, Class<T> type) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            connection.sendIqRequestAsync(request)
                    .onSuccess(answer -> {
                        if (type.isInstance(answer)) {
                            result.complete(type.cast(answer));
                        } else {
                            result.completeExceptionally(new RosterException("unexpected answer from "
                                    + request.getTo() + ": " + answer.getClass().getSimpleName(), null, null));
                        }
                    })
                    .onError(e -> result.completeExceptionally(wrap(request.getTo() + "", e)));
        } catch (RuntimeException e) {
            result.completeExceptionally(wrap(String.valueOf(request.getTo()), e));
        }
        return result;
    }

    /** Sends a stanza (presence) now. */
    static void send(XMPPConnection connection, Stanza stanza) throws RosterException {
        try {
            connection.sendStanza(stanza);
        } catch (SmackException.NotConnectedException e) {
            throw new RosterException("not connected", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosterException("interrupted", null, e);
        }
    }

    static RosterException wrap(String peer, Throwable e) {
        if (e instanceof RosterException r) {
            return r;
        }
        if (e instanceof XMPPException.XMPPErrorException error) {
            String condition = error.getStanzaError().getCondition().toString();
            return new RosterException(peer + " answered " + condition, condition, e);
        }
        if (e instanceof SmackException.NoResponseException) {
            return new RosterException(peer + " did not answer in time", null, e);
        }
        if (e instanceof SmackException.NotConnectedException) {
            return new RosterException("not connected", null, e);
        }
        return new RosterException(String.valueOf(e.getMessage()), null, e);
    }
}
