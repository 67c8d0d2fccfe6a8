package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.MessageListener;
import org.causerie.core.XmppMessage;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;

/**
 * A session's incoming messages with a body: each stanza id from a sender once
 * (a resent stanza after a failed resumption, XEP-0198 §5, is dropped), in order,
 * to the registered listeners; while nobody listens, up to {@link #LIMIT} are
 * kept for the first listener.
 */
final class MessageInbox {

    private static final Logger LOG = System.getLogger(MessageInbox.class.getName());

    /** How many messages are kept for the first listener when none is registered. */
    static final int LIMIT = 1000;

    private final String owner;
    private final RecentIds recentIds = new RecentIds();
    private final List<MessageListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<XmppMessage> unclaimed = new ArrayDeque<>();
    /** Guarded by {@code unclaimed}. */
    private long dropped;

    /** @param owner the account's JID, for log lines */
    MessageInbox(String owner) {
        this.owner = owner;
    }

    void addListener(MessageListener listener) {
        synchronized (unclaimed) {
            listeners.add(listener);
            while (!unclaimed.isEmpty()) {
                deliver(listener, unclaimed.removeFirst());
            }
        }
    }

    void removeListener(MessageListener listener) {
        listeners.remove(listener);
    }

    /** Called on Smack's ordered listener thread. */
    void arrived(Message message) {
        String from = String.valueOf(message.getFrom());
        String id = message.getStanzaId();
        if (id != null && !recentIds.firstTime(from, id)) {
            LOG.log(Level.DEBUG, () -> "dropping duplicate message " + id + " from " + from);
            return;
        }
        DelayInformation delay = DelayInformation.from(message);
        Instant when = delay != null ? delay.getStamp().toInstant() : Instant.now();
        XmppMessage model = new XmppMessage(id == null ? "" : id, from, String.valueOf(message.getTo()),
                message.getType().name(), message.getBody(), when, delay != null);
        synchronized (unclaimed) {
            if (listeners.isEmpty()) {
                keep(model);
                return;
            }
            for (MessageListener listener : listeners) {
                deliver(listener, model);
            }
        }
    }

    /** Caller holds the lock on {@code unclaimed}. */
    private void keep(XmppMessage model) {
        if (unclaimed.size() == LIMIT) {
            unclaimed.removeFirst();
            if (dropped++ == 0) {
                // once per session: a flood without listeners must not flood the log too
                LOG.log(Level.WARNING, () -> owner + ": no message listener and " + LIMIT
                        + " messages kept; dropping the oldest from now on");
            }
        }
        unclaimed.addLast(model);
    }

    private static void deliver(MessageListener listener, XmppMessage message) {
        try {
            listener.messageReceived(message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "message listener failed", e);
        }
    }
}
