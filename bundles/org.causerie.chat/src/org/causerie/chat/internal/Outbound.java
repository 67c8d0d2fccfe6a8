package org.causerie.chat.internal;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Sends one account's stanzas on the shared sender thread (a full Smack write
 * queue then never blocks a caller), keeps them while the link is down, and
 * turns stream management acknowledgements (XEP-0198 §4) into
 * {@link DeliveryState#SENT}.
 */
final class Outbound {

    /** Which message a stanza id stands for (a correction stands for the message it corrects). */
    private record Tracked(ConversationId conversation, String messageId) {
    }

    private final XMPPConnection connection;
    private final Executor sender;
    private final Conversations conversations;
    private final Queue<Message> waiting = new ConcurrentLinkedQueue<>();
    private final Map<String, Tracked> unacknowledged = new ConcurrentHashMap<>();
    private final StanzaListener ackListener = this::acknowledged;

    Outbound(XMPPConnection connection, Executor sender, Conversations conversations) {
        this.connection = connection;
        this.sender = sender;
        this.conversations = conversations;
    }

    /** @throws IllegalArgumentException when {@code to} is not a JID */
    Message build(String to, String body, ExtensionElement... extensions) {
        try {
            MessageBuilder builder = connection.getStanzaFactory().buildMessageStanza().to(JidCreate.from(to))
                    .ofType(Message.Type.chat);
            if (body != null) {
                builder.setBody(body);
            }
            for (ExtensionElement extension : extensions) {
                builder.addExtension(extension);
            }
            return builder.build();
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid JID: " + to, e);
        }
    }

    /** Sends a stanza whose progress updates that message of that conversation. */
    void send(Message stanza, ConversationId conversation, String messageId) {
        unacknowledged.put(stanza.getStanzaId(), new Tracked(conversation, messageId));
        send(stanza);
    }

    /** Sends a stanza nobody follows (a chat state). */
    void send(Message stanza) {
        sender.execute(() -> transmit(stanza));
    }

    private void transmit(Message stanza) {
        if (!connection.isAuthenticated()) {
            waiting.add(stanza);
            return;
        }
        try {
            connection.sendStanza(stanza);
            if (!(connection instanceof XMPPTCPConnection tcp && tcp.isSmEnabled())) {
                // Without stream management there is no acknowledgement to wait for.
                acknowledged(stanza);
            }
        } catch (SmackException.NotConnectedException e) {
            waiting.add(stanza);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waiting.add(stanza);
        }
    }

    /** After (re)login: sends what waited, in order. */
    void flush() {
        sender.execute(() -> {
            for (Message stanza = waiting.poll(); stanza != null; stanza = waiting.poll()) {
                transmit(stanza);
                if (!waiting.isEmpty() && !connection.isAuthenticated()) {
                    return;
                }
            }
        });
    }

    /** A stanza the server acknowledged (XEP-0198 §4), or sent on a stream without stream management. */
    void acknowledged(Stanza stanza) {
        String id = stanza.getStanzaId();
        Tracked tracked = id == null ? null : unacknowledged.remove(id);
        if (tracked == null) {
            return;
        }
        conversations.find(tracked.conversation()).ifPresent(c -> c.update(Direction.OUT, tracked.messageId(),
                m -> m.state() == DeliveryState.QUEUED ? m.withState(DeliveryState.SENT) : m));
    }

    void installOn(XMPPTCPConnection tcp) {
        tcp.addStanzaAcknowledgedListener(ackListener);
    }

    void removeFrom(XMPPTCPConnection tcp) {
        tcp.removeStanzaAcknowledgedListener(ackListener);
    }
}
