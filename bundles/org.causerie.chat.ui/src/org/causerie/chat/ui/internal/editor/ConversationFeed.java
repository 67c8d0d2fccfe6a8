package org.causerie.chat.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.ui.internal.text.MessageFormatter;
import org.causerie.chat.ui.internal.text.RenderedMessage;

/**
 * Brings one conversation's messages to the display thread, laid out there
 * beforehand: the history, read and formatted on a background thread, then every
 * change as it comes (formatted on the service's event thread). Changes that
 * arrive while the history loads are held and applied after it, so the order
 * stays right and nothing is missed.
 */
final class ConversationFeed implements ChatListener {

    /** What the editor does with the feed, on the display thread. */
    interface View {
        void history(List<RenderedMessage> messages);

        /** New and changed messages, in the order they came (a batch of what queued up meanwhile). */
        void messages(List<RenderedMessage> messages);

        void peerState(String fullJid, ChatState state);
    }

    /** Messages applied per display runnable: measured ~1-2 ms each in a word-wrapping StyledText. */
    static final int BATCH = 25;

    private final ChatService chat;
    private final ConversationId id;
    private final MessageFormatter formatter;
    private final Supplier<String> peerName;
    private final Executor display;
    private final View view;
    /** Display thread only: null once the history is shown. */
    private List<RenderedMessage> held = new ArrayList<>();
    /** Laid-out changes waiting for the display thread; one drain runs for all that queued up. */
    private final ConcurrentLinkedQueue<RenderedMessage> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    ConversationFeed(ChatService chat, ConversationId id, MessageFormatter formatter, Supplier<String> peerName,
            Executor display, View view) {
        this.chat = chat;
        this.id = id;
        this.formatter = formatter;
        this.peerName = peerName;
        this.display = display;
        this.view = view;
    }

    /** Starts listening, then loads the history in the background. */
    void start() {
        chat.addChatListener(this);
        CompletableFuture.supplyAsync(() -> chat.history(id).stream().map(this::format).toList())
                .whenComplete((history, failure) -> display.execute(() -> {
                    List<RenderedMessage> pending = held;
                    held = null;
                    view.history(history == null ? List.of() : history);
                    if (!pending.isEmpty()) {
                        view.messages(pending);
                    }
                }));
    }

    void stop() {
        chat.removeChatListener(this);
    }

    /** Lays out a message again (after a nickname change, say); display thread. */
    RenderedMessage format(ChatMessage message) {
        return formatter.format(message, peerName.get());
    }

    @Override
    public void messageAdded(ChatMessage message) {
        changed(message);
    }

    @Override
    public void messageUpdated(ChatMessage message) {
        changed(message);
    }

    private void changed(ChatMessage message) {
        if (!message.conversation().equals(id)) {
            return;
        }
        queue.add(format(message));
        if (drainScheduled.compareAndSet(false, true)) {
            display.execute(this::drain);
        }
    }

    /**
     * Display thread: hands what queued up to the view in batches of at most
     * {@value #BATCH} (one widget update each, not one per message), the rest in
     * the next runnable, so that user input is handled in between during a burst.
     */
    private void drain() {
        drainScheduled.set(false);
        List<RenderedMessage> batch = new ArrayList<>();
        for (RenderedMessage m = queue.poll(); m != null; m = batch.size() < BATCH ? queue.poll() : null) {
            batch.add(m);
        }
        if (!queue.isEmpty() && drainScheduled.compareAndSet(false, true)) {
            display.execute(this::drain);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (held != null) {
            held.addAll(batch);
        } else {
            view.messages(batch);
        }
    }

    @Override
    public void chatStateChanged(ConversationId conversation, String fullJid, ChatState state) {
        if (conversation.equals(id)) {
            display.execute(() -> view.peerState(fullJid, state));
        }
    }
}
