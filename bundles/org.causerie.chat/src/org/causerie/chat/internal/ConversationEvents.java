package org.causerie.chat.internal;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;

/**
 * Where a {@link Conversation} reports its changes, while holding its lock, so
 * that the store and the listeners see them in the order they happened.
 */
interface ConversationEvents {

    void added(ChatMessage message);

    void updated(ChatMessage message);

    void read(ConversationId conversation);

    void unreadChanged(ConversationId conversation, int unread);

    void chatState(ConversationId conversation, String fullJid, ChatState state);
}
