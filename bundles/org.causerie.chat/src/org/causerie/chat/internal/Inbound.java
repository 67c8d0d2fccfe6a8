package org.causerie.chat.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.core.Jids;
import org.causerie.core.Payload;
import org.causerie.core.spi.SmackPayloads;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.carbons.packet.CarbonExtension;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;

/**
 * Turns one account's incoming message stanzas into conversation changes:
 * messages, carbon copies (XEP-0280), receipts (XEP-0184), chat states
 * (XEP-0085), corrections (XEP-0308) and errors, keeping the payloads plugins
 * asked for ({@link SmackPayloads}). Runs on Smack's ordered listener thread;
 * never blocks.
 */
final class Inbound {

    private static final Logger LOG = System.getLogger(Inbound.class.getName());
    /** XEP-0045 §7.5, §7.8.2: private messages and mediated invitations carry it. */
    static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    /** XEP-0249: a direct invitation to a room. */
    static final String CONFERENCE = "jabber:x:conference";

    private final String accountId;
    private final Conversations conversations;
    private final SmackPayloads payloads;

    Inbound(String accountId, Conversations conversations, SmackPayloads payloads) {
        this.accountId = accountId;
        this.conversations = conversations;
        this.payloads = payloads;
    }

    Conversations conversations() {
        return conversations;
    }

    /**
     * @param message a message stanza as received
     * @param ownBareJid this account's bare JID
     */
    void received(Message message, String ownBareJid) {
        // Group chat belongs to rooms; headlines are alerts, not conversation (RFC 6121 §5.2.2),
        // unless they carry a payload a plugin shows in the conversation (XEP-0224 attention, say).
        if (message.getType() == Message.Type.groupchat || message.getFrom() == null
                || message.getType() == Message.Type.headline && payloads.capture(accountId, message).isEmpty()) {
            return;
        }
        if (belongsToRooms(message)) {
            return;
        }
        CarbonExtension carbon = CarbonExtension.from(message);
        if (carbon != null) {
            // XEP-0280 §11: a carbon not sent by our own bare JID is forged; ignore it.
            if (!ownBareJid.equals(message.getFrom().toString())) {
                LOG.log(Level.INFO, () -> "ignoring a forged carbon from " + message.getFrom());
                return;
            }
            Forwarded<Message> forwarded = carbon.getForwarded();
            if (belongsToRooms(forwarded.getForwardedStanza())) {
                return;
            }
            Direction direction = carbon.getDirection() == CarbonExtension.Direction.sent ? Direction.OUT
                    : Direction.IN;
            handle(forwarded.getForwardedStanza(), direction, true,
                    Optional.ofNullable(forwarded.getDelayInformation()));
            return;
        }
        if (message.getType() == Message.Type.error) {
            failed(message);
            return;
        }
        handle(message, Direction.IN, false, Optional.empty());
    }

    /**
     * Private messages with a room's occupant come from (or go to) {@code room@service/nick}
     * and carry the muc#user element (XEP-0045 §7.5); invitations come from the room
     * (§7.8.2) or as XEP-0249 direct invitations. They are not 1:1 conversations with
     * the room's bare JID: the multi-user chat service handles them.
     */
    static boolean belongsToRooms(Message message) {
        return message.hasExtension("x", MUC_USER) || message.hasExtension("x", CONFERENCE);
    }

    /** RFC 6120 §8.3: an error bounced back carries the id of the message it answers. */
    private void failed(Message error) {
        if (error.getStanzaId() == null) {
            return;
        }
        conversations.find(ConversationId.of(accountId, error.getFrom().toString())).ifPresent(c -> c
                .update(Direction.OUT, error.getStanzaId(), m -> m.withState(DeliveryState.FAILED)));
    }

    private void handle(Message inner, Direction direction, boolean carbon, Optional<DelayInformation> outerDelay) {
        if (inner.getFrom() == null || inner.getTo() == null && direction == Direction.OUT) {
            return;
        }
        String from = inner.getFrom().toString();
        String to = inner.getTo() == null ? "" : inner.getTo().toString();
        ConversationId id = ConversationId.of(accountId, direction == Direction.IN ? from : to);
        String body = inner.getBody();
        List<Payload> kept = payloads.capture(accountId, inner);
        if (body == null && kept.isEmpty()) {
            // A peer may start typing before the first message (a chat window opened on a contact).
            Optional<Conversation> target = chatState(inner) != null && direction == Direction.IN
                    ? Optional.of(conversations.get(id)) : conversations.find(id);
            target.ifPresent(c -> signals(c, inner, direction, from));
            return;
        }
        Conversation conversation = conversations.get(id);
        signals(conversation, inner, direction, from);
        // XEP-0085 §5.1 looks at content messages: a payload-only one (a buzz headline) says nothing of states.
        if (direction == Direction.IN && !carbon && body != null && chatState(inner) == null) {
            conversation.peerSentWithoutState();
        }
        String stanzaId = inner.getStanzaId() != null ? inner.getStanzaId() : "local-" + UUID.randomUUID();
        MessageCorrectExtension correction = MessageCorrectExtension.from(inner);
        if (correction != null && body != null && correct(conversation, direction, from, correction, body, stanzaId)) {
            return;
        }
        Optional<DelayInformation> delay = outerDelay.or(() -> Optional.ofNullable(DelayInformation.from(inner)));
        Instant when = delay.map(d -> d.getStamp().toInstant()).orElseGet(Instant::now);
        conversation.add(new ChatMessage(stanzaId, id, direction, from, to, body == null ? "" : body, when,
                direction == Direction.IN ? DeliveryState.DELIVERED : DeliveryState.SENT, delay.isPresent(),
                Optional.empty(), carbon, kept));
    }

    /**
     * XEP-0308 §5: the payload replaces the message it names when both came from
     * the same bare JID (1:1 chat); later corrections name the original message.
     *
     * @return false when the original is unknown here: the text is then shown as a new message
     */
    private static boolean correct(Conversation conversation, Direction direction, String from,
            MessageCorrectExtension correction, String body, String stanzaId) {
        Optional<ChatMessage> original = conversation.find(direction, correction.getIdInitialMessage());
        if (original.isEmpty() || !Jids.bare(original.get().from()).equals(Jids.bare(from))) {
            return false;
        }
        conversation.update(direction, correction.getIdInitialMessage(), m -> m.corrected(body, stanzaId));
        return true;
    }

    private static void signals(Conversation conversation, Message inner, Direction direction, String from) {
        DeliveryReceipt receipt = DeliveryReceipt.from(inner);
        if (receipt != null && direction == Direction.IN && receipt.getId() != null) {
            // Receipts come from the peer (its conversation): they cannot touch another one's messages.
            conversation.update(Direction.OUT, receipt.getId(),
                    m -> m.state() == DeliveryState.FAILED ? m : m.withState(DeliveryState.DELIVERED));
        }
        ChatStateExtension state = chatState(inner);
        if (state != null && direction == Direction.IN) {
            conversation.peerState(from, ChatState.valueOf(state.getChatState().name().toUpperCase(
                    java.util.Locale.ROOT)));
        }
    }

    private static ChatStateExtension chatState(Message message) {
        ExtensionElement element = message.getExtension(ChatStateExtension.NAMESPACE);
        return element instanceof ChatStateExtension state ? state : null;
    }

}
