package org.causerie.chat.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

        void message(RenderedMessage message);

        void peerState(String fullJid, ChatState state);
    }

    private final ChatService chat;
    private final ConversationId id;
    private final MessageFormatter formatter;
    private final Supplier<String> peerName;
    private final Executor display;
    private final View view;
    /** Display thread only: null once the history is shown. */
    private List<RenderedMessage> held = new ArrayList<>();

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
                    pending.forEach(view::message);
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
        RenderedMessage rendered = format(message);
        display.execute(() -> {
            if (held != null) {
                held.add(rendered);
            } else {
                view.message(rendered);
            }
        });
    }

    @Override
    public void chatStateChanged(ConversationId conversation, String fullJid, ChatState state) {
        if (conversation.equals(id)) {
            display.execute(() -> view.peerState(fullJid, state));
        }
    }
}
