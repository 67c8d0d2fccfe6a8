package org.causerie.chat.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;

/**
 * The live state of one conversation: its most recent messages (bounded), who
 * said what by stanza id, the unread count and chat states. Thread-safe; every
 * change is reported to {@link ConversationEvents} under the lock.
 */
final class Conversation {

    /** Messages kept in memory (and shown) per conversation. */
    static final int MAX_MESSAGES = 5000;

    private final ConversationId id;
    private final ConversationEvents events;
    private final Map<String, ChatMessage> messages = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChatMessage> eldest) {
            return size() > MAX_MESSAGES;
        }
    };
    /** Correction stanza ids (XEP-0308) to the key of the message they corrected. */
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, ChatState> peerStates = new LinkedHashMap<>();
    private int unread;
    private long lastActivity;
    private String lastSentKey;
    private ChatState lastSentState;
    /** Null until known; false once the peer sent a message without a chat state (XEP-0085 §5.1). */
    private Boolean peerUsesStates;

    Conversation(ConversationId id, ConversationEvents events) {
        this.id = id;
        this.events = events;
    }

    ConversationId id() {
        return id;
    }

    private static String key(Direction direction, String stanzaId) {
        return direction.name() + ' ' + stanzaId;
    }

    /** Restores the stored lines; nothing is reported. */
    synchronized void restore(List<Map<String, Object>> lines) {
        for (Map<String, Object> line : lines) {
            try {
                if (MessageRecords.READ.equals(line.get(MessageRecords.KIND))) {
                    unread = 0;
                    continue;
                }
                ChatMessage m = MessageRecords.fromRecord(id, line);
                if (m.state() == DeliveryState.QUEUED) {
                    // It waited in a queue that did not survive the restart.
                    m = m.withState(DeliveryState.FAILED);
                }
                String key = key(m.direction(), m.id());
                if (messages.put(key, m) == null && m.direction() == Direction.IN) {
                    unread++;
                }
                m.correctionId().ifPresent(c -> aliases.put(c, key));
                if (m.direction() == Direction.OUT && !m.carbon()) {
                    lastSentKey = key;
                }
                lastActivity = Math.max(lastActivity, m.timestamp().toEpochMilli());
            } catch (RuntimeException e) {
                // a line from a newer or damaged file: skip it
            }
        }
    }

    /** @return false when a message with that id and direction is already known (a duplicate) */
    synchronized boolean add(ChatMessage message) {
        String key = key(message.direction(), message.id());
        if (messages.containsKey(key) || aliases.containsKey(message.id())) {
            return false;
        }
        messages.put(key, message);
        lastActivity = Math.max(lastActivity, System.currentTimeMillis());
        if (message.direction() == Direction.OUT && !message.carbon()) {
            lastSentKey = key;
        }
        events.added(message);
        if (message.direction() == Direction.IN) {
            unread++;
            events.unreadChanged(id, unread);
        }
        return true;
    }

    /** @return the message with that stanza id (or correction id) in that direction */
    synchronized Optional<ChatMessage> find(Direction direction, String stanzaId) {
        String key = key(direction, stanzaId);
        ChatMessage m = messages.get(key);
        if (m == null && aliases.containsKey(stanzaId)) {
            m = messages.get(aliases.get(stanzaId));
        }
        return Optional.ofNullable(m);
    }

    /** Applies a change to a known message and reports it; nothing happens when unknown or unchanged. */
    synchronized Optional<ChatMessage> update(Direction direction, String stanzaId, UnaryOperator<ChatMessage> change) {
        Optional<ChatMessage> current = find(direction, stanzaId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ChatMessage next = change.apply(current.get());
        if (next.equals(current.get())) {
            return current;
        }
        String key = key(direction, next.id());
        messages.put(key, next);
        next.correctionId().ifPresent(c -> aliases.put(c, key));
        events.updated(next);
        return Optional.of(next);
    }

    /** @return the last message this client sent here (not a carbon of another client's) */
    synchronized Optional<ChatMessage> lastSent() {
        return lastSentKey == null ? Optional.empty() : Optional.ofNullable(messages.get(lastSentKey));
    }

    synchronized List<ChatMessage> history() {
        return List.copyOf(messages.values());
    }

    synchronized boolean isEmpty() {
        return messages.isEmpty();
    }

    synchronized int unread() {
        return unread;
    }

    synchronized long lastActivity() {
        return lastActivity;
    }

    synchronized void markRead() {
        if (unread != 0) {
            unread = 0;
            events.read(id);
            events.unreadChanged(id, 0);
        }
    }

    synchronized void peerState(String fullJid, ChatState state) {
        peerUsesStates = Boolean.TRUE;
        if (peerStates.put(fullJid, state) != state) {
            events.chatState(id, fullJid, state);
        }
    }

    synchronized Map<String, ChatState> peerStates() {
        return Map.copyOf(peerStates);
    }

    /** A message from the peer without any chat state: it does not use them (XEP-0085 §5.1). */
    synchronized void peerSentWithoutState() {
        peerUsesStates = Boolean.FALSE;
    }

    /**
     * @return whether a standalone notification of that state may go out now
     *         (XEP-0085 §5.1: not to a peer that showed it ignores them; §5.3: no repetition)
     */
    synchronized boolean mayNotify(ChatState state) {
        if (Boolean.FALSE.equals(peerUsesStates) || state == lastSentState) {
            return false;
        }
        lastSentState = state;
        return true;
    }

    /** A message with a body went out: it carries {@code <active/>}. */
    synchronized void sentActive() {
        lastSentState = ChatState.ACTIVE;
    }
}
