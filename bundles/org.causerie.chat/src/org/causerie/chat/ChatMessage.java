package org.causerie.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.causerie.core.Payload;

/**
 * One message of a conversation, immutable: a change (delivery state,
 * correction) gives a new instance with the same {@link #id()}, announced by
 * {@link ChatListener#messageUpdated}.
 *
 * @param id the stanza id of the original message (RFC 6120 §8.1.3); stays the
 *        same when the message is corrected
 * @param conversation the conversation it belongs to
 * @param direction incoming or outgoing, from this account's point of view
 * @param from the sender's full JID (bare when the server gave no resource)
 * @param to the address it was sent to: a bare JID, or a full JID when a
 *        resource was chosen
 * @param body the text, as sent or as last corrected; never trimmed or shortened; empty for a
 *        message that carries only {@link #payloads()}
 * @param timestamp when it was sent: the delay stamp (XEP-0203) for a message
 *        delivered late (offline storage), otherwise when it was sent or received here;
 *        to the millisecond
 * @param state delivery state of an outgoing message; {@link DeliveryState#DELIVERED} for incoming ones
 * @param delayed whether {@link #timestamp()} comes from a delay stamp (XEP-0203)
 * @param correctionId the stanza id of the last correction applied (XEP-0308), if any
 * @param carbon whether this client learned of it through a carbon copy (XEP-0280):
 *        it was sent or received by another client of the same account
 * @param payloads the extension elements kept with it, for the namespaces that a
 *        {@link org.causerie.core.MessagePayloadContribution} asked for when it arrived
 *        (at most {@value Payload#MAX_PER_MESSAGE}); empty for most messages
 */
public record ChatMessage(String id, ConversationId conversation, Direction direction, String from, String to,
        String body, Instant timestamp, DeliveryState state, boolean delayed, Optional<String> correctionId,
        boolean carbon, List<Payload> payloads) {

    /** Whether a message came in or went out, from this account's point of view. */
    public enum Direction {
        /** Sent by the peer (or by one's own other resource, in the self conversation). */
        IN,
        /** Sent by this account, here or from another client (carbon). */
        OUT
    }

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(correctionId, "correctionId");
        payloads = List.copyOf(payloads.size() > Payload.MAX_PER_MESSAGE
                ? payloads.subList(0, Payload.MAX_PER_MESSAGE) : payloads);
        // The store keeps milliseconds; so does the model, so a message reads back equal.
        timestamp = timestamp.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** A message without payloads (the common case). */
    public ChatMessage(String id, ConversationId conversation, Direction direction, String from, String to,
            String body, Instant timestamp, DeliveryState state, boolean delayed, Optional<String> correctionId,
            boolean carbon) {
        this(id, conversation, direction, from, to, body, timestamp, state, delayed, correctionId, carbon,
                List.of());
    }

    /** @return whether the body was replaced by a correction (XEP-0308) */
    public boolean edited() {
        return correctionId.isPresent();
    }

    /** @return this message in another delivery state */
    public ChatMessage withState(DeliveryState newState) {
        return new ChatMessage(id, conversation, direction, from, to, body, timestamp, newState, delayed,
                correctionId, carbon, payloads);
    }

    /** @return this message with its body replaced by a correction (XEP-0308) */
    public ChatMessage corrected(String newBody, String byStanzaId) {
        return new ChatMessage(id, conversation, direction, from, to, newBody, timestamp, state, delayed,
                Optional.of(byStanzaId), carbon, payloads);
    }
}
