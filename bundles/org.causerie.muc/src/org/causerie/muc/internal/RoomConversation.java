package org.causerie.muc.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.causerie.core.Payload;
import org.causerie.core.spi.SmackPayloads;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.jivesoftware.smack.packet.Message;

/**
 * A {@link Room}'s conversation: its subject, its transcript, and our messages
 * waiting for the room to reflect them (XEP-0045 §7.4). Reads the room's message
 * stanzas; each entry added is told to the listeners through the {@link Notifier}
 * under this object's lock, in the order added. The room calls in holding its own
 * lock; nothing here calls the room but the real-JID lookup it passes.
 */
final class RoomConversation {

    private final RoomId id;
    private final Notifier notifier;
    /** The payloads plugins asked to keep (a message carrying one needs no body). */
    private final SmackPayloads payloads;
    private final Transcript transcript = new Transcript();
    private final Map<String, CompletableFuture<Void>> sends = new HashMap<>();
    private Optional<String> subject = Optional.empty();

    RoomConversation(RoomId id, Notifier notifier, SmackPayloads payloads) {
        this.id = id;
        this.notifier = notifier;
        this.payloads = payloads;
    }

    synchronized Optional<String> subject() {
        return subject;
    }

    synchronized List<RoomEntry> entries() {
        return transcript.entries();
    }

    /** @return when the newest room message we hold was sent (a rejoin asks for history since then) */
    synchronized Optional<Instant> newestMessageTime() {
        return transcript.newestMessage().map(RoomMessage::timestamp);
    }

    /** @return the archive id of the oldest message held (the archive is asked for older ones) */
    synchronized Optional<String> oldestArchiveId() {
        return transcript.oldestArchiveId();
    }

    /** @return completed when the room reflects the message with that id, failed on its error */
    synchronized CompletableFuture<Void> expectReflection(String stanzaId) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        sends.put(stanzaId, sent);
        sent.whenComplete((v, e) -> forget(stanzaId));
        return sent;
    }

    private synchronized void forget(String stanzaId) {
        sends.remove(stanzaId);
    }

    /** Adds events to the conversation and tells the listeners. */
    synchronized void record(List<RoomEvent> events) {
        for (RoomEvent event : events) {
            transcript.append(event);
            notifier.post(l -> l.entryAdded(event));
        }
    }

    /**
     * A message from the room or one of its occupants.
     *
     * @param nick our nickname in the room
     * @param realJids an occupant's real JID by nickname, where the room tells it
     * @return whether the room's subject changed (the room's state then changed too)
     */
    synchronized boolean message(Message message, String nick, Function<String, Optional<String>> realJids) {
        if (message.getType() == Message.Type.error) {
            CompletableFuture<Void> sent = message.getStanzaId() == null ? null : sends.get(message.getStanzaId());
            if (sent != null) {
                sent.completeExceptionally(MucErrors.of(message.getError(), MucErrors.Context.ACTION));
            }
            return false;
        }
        String from = message.getFrom().getResourceOrEmpty().toString();
        if (message.getType() != Message.Type.groupchat) {
            privateMessage(message, from, realJids.apply(from));
            return false;
        }
        boolean own = !from.isEmpty() && from.equals(nick);
        if (own && message.getStanzaId() != null) {
            CompletableFuture<Void> sent = sends.get(message.getStanzaId());
            if (sent != null) {
                sent.complete(null);
            }
        }
        if (message.getSubject() != null && message.getBody() == null) {
            return subject(message, from);
        }
        List<Payload> kept = payloads.capture(id.accountId(), message);
        if (message.getBody() == null && kept.isEmpty()) {
            return false;
        }
        add(RoomMessages.read(id, message, RoomMessage.Source.LIVE, realJids.apply(from), own, Optional.empty(),
                Optional.empty(), kept));
        return false;
    }

    /** §8.1: a subject message (no body); the one sent on entry ends the history (§7.2.16). */
    private boolean subject(Message message, String from) {
        Optional<String> now = OccupantPresence.nonEmpty(message.getSubject());
        if (now.equals(subject)) {
            return false;
        }
        subject = now;
        record(List.of(new RoomEvent(id, RoomEvent.Kind.SUBJECT_CHANGED, from, Optional.empty(), Optional.empty(),
                now, Instant.now())));
        return true;
    }

    /** §7.5: a private message from an occupant. */
    private void privateMessage(Message message, String from, Optional<String> realJid) {
        List<Payload> kept = payloads.capture(id.accountId(), message);
        if (message.getBody() == null && kept.isEmpty() || from.isEmpty()) {
            return;
        }
        RoomMessage read = RoomMessages.read(id, message, RoomMessage.Source.LIVE, realJid, false,
                Optional.empty(), Optional.empty(), kept);
        add(new RoomMessage(read.id(), id, from, read.realJid(), read.body(), read.timestamp(), read.source(), false,
                Optional.of(from), Optional.empty(), kept));
    }

    /** Adds a message (ours as sent, or received) unless the transcript has it already. */
    synchronized void add(RoomMessage message) {
        if (transcript.append(message)) {
            notifier.post(l -> l.entryAdded(message));
        }
    }

    /** @return the archived messages not already here, added to the transcript */
    synchronized List<RoomMessage> addArchived(List<RoomMessage> fetched) {
        List<RoomMessage> added = transcript.insertArchived(fetched);
        added.forEach(m -> notifier.post(l -> l.entryAdded(m)));
        return added;
    }
}
