package org.causerie.chat.internal;

import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Sends one account's chat stanzas through the session's send queue (kept, in
 * order, while the link is down) and turns the server's acknowledgement
 * (XEP-0198 §4) into {@link DeliveryState#SENT}.
 */
final class Outbound {

    private final SmackSession session;
    private final Conversations conversations;

    Outbound(SmackSession session, Conversations conversations) {
        this.session = session;
        this.conversations = conversations;
    }

    /** @throws IllegalArgumentException when {@code to} is not a JID */
    Message build(String to, String body, ExtensionElement... extensions) {
        try {
            MessageBuilder builder = session.connection().getStanzaFactory().buildMessageStanza()
                    .to(JidCreate.from(to)).ofType(Message.Type.chat);
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

    /** Sends a stanza whose acknowledgement marks that message of that conversation SENT. */
    void send(Message stanza, ConversationId conversation, String messageId) {
        session.sendAcknowledged(stanza).thenRun(() -> conversations.find(conversation).ifPresent(
                c -> c.update(Direction.OUT, messageId,
                        m -> m.state() == DeliveryState.QUEUED ? m.withState(DeliveryState.SENT) : m)));
    }

    /** Sends a stanza nobody follows (a chat state). */
    void send(Message stanza) {
        session.send(stanza);
    }
}
