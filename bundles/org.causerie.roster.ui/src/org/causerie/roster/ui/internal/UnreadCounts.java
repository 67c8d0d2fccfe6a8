package org.causerie.roster.ui.internal;

import java.util.concurrent.CompletableFuture;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.roster.ui.internal.model.RosterFeed;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Feeds the unread message counts of {@link ChatService} (when it runs) into the
 * roster rows: the counts known when the service appears, then every change.
 */
final class UnreadCounts extends ServiceTracker<ChatService, ChatListener> {

    private final RosterFeed feed;

    UnreadCounts(BundleContext context, RosterFeed feed) {
        super(context, ChatService.class, null);
        this.feed = feed;
    }

    @Override
    public ChatListener addingService(ServiceReference<ChatService> reference) {
        ChatService chat = context.getService(reference);
        if (chat == null) {
            return null;
        }
        ChatListener listener = new ChatListener() {
            @Override
            public void messageAdded(ChatMessage message) {
                // counts arrive through unreadChanged
            }

            @Override
            public void unreadChanged(ConversationId conversation, int unread) {
                feed.unread(conversation.accountId(), conversation.peer(), unread);
            }
        };
        chat.addChatListener(listener);
        // the stored conversations are read off the display thread
        CompletableFuture.runAsync(() -> {
            for (ConversationId conversation : chat.conversations()) {
                int unread = chat.unreadCount(conversation);
                if (unread > 0) {
                    feed.unread(conversation.accountId(), conversation.peer(), unread);
                }
            }
        });
        return listener;
    }

    @Override
    public void removedService(ServiceReference<ChatService> reference, ChatListener listener) {
        ChatService chat = context.getService(reference);
        if (chat != null) {
            chat.removeChatListener(listener);
            context.ungetService(reference);
        }
        context.ungetService(reference);
    }
}
