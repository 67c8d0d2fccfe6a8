package org.causerie.chat.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Instant;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;

/**
 * Every conversation, loaded from the store on first use; forwards their
 * changes to the store and the listeners on the event loop.
 */
final class Conversations implements ConversationEvents {

    private static final System.Logger LOG = System.getLogger(Conversations.class.getName());

    private final ConversationStore store;
    private final EventLoop loop;
    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<ConversationId, Conversation> live = new ConcurrentHashMap<>();
    /** Conversations found in the store; each file is read when its conversation is first asked for. */
    private final List<ConversationId> stored;

    Conversations(ConversationStore store) {
        this.store = store;
        this.loop = new EventLoop("causerie-chat-events", store::flush);
        this.stored = store.list();
    }

    /** @return the conversation, read from the store or new */
    Conversation get(ConversationId id) {
        return live.computeIfAbsent(id, k -> {
            Conversation c = new Conversation(k, this);
            c.restore(store.load(k));
            return c;
        });
    }

    /** @return the conversation when it exists (live or stored), without creating it */
    java.util.Optional<Conversation> find(ConversationId id) {
        Conversation c = live.get(id);
        if (c != null || !stored.contains(id)) {
            return java.util.Optional.ofNullable(c);
        }
        return java.util.Optional.of(get(id));
    }

    List<ConversationId> ids() {
        stored.forEach(this::get);
        List<Conversation> all = new ArrayList<>(live.values());
        // One created by a chat state alone, without any message yet, is not listed.
        all.removeIf(Conversation::isEmpty);
        all.sort(Comparator.comparingLong(Conversation::lastActivity).reversed());
        return all.stream().map(Conversation::id).toList();
    }

    void addListener(ChatListener listener) {
        listeners.add(listener);
    }

    void removeListener(ChatListener listener) {
        listeners.remove(listener);
    }

    void close() {
        loop.stop(10, java.util.concurrent.TimeUnit.SECONDS);
        store.close();
    }

    @Override
    public void added(ChatMessage message) {
        loop.post(() -> {
            store.append(message.conversation(), MessageRecords.toRecord(message));
            tell(l -> l.messageAdded(message));
        });
    }

    @Override
    public void updated(ChatMessage message) {
        loop.post(() -> {
            store.append(message.conversation(), MessageRecords.toRecord(message));
            tell(l -> l.messageUpdated(message));
        });
    }

    @Override
    public void read(ConversationId conversation) {
        Instant now = Instant.now();
        loop.post(() -> store.append(conversation, MessageRecords.readMarker(now)));
    }

    @Override
    public void unreadChanged(ConversationId conversation, int unread) {
        loop.post(() -> tell(l -> l.unreadChanged(conversation, unread)));
    }

    @Override
    public void chatState(ConversationId conversation, String fullJid, ChatState state) {
        loop.post(() -> tell(l -> l.chatStateChanged(conversation, fullJid, state)));
    }

    private void tell(java.util.function.Consumer<ChatListener> call) {
        for (ChatListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "chat listener failed", e);
            }
        }
    }
}
