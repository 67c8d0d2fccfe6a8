package org.causerie.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-to-one chat over every connected account (an OSGi service). Conversations
 * are kept locally and come back after a restart; messages arriving while no
 * editor is open are kept and counted as unread.
 *
 * <p>Nothing here waits for the network: sending returns the message at once
 * (state {@link DeliveryState#QUEUED}) and its progress follows as
 * {@link ChatListener#messageUpdated} events.
 */
public interface ChatService {

    /**
     * Sends to the conversation's bare JID: the server routes it (RFC 6121 §8.5.2).
     *
     * @param conversation the conversation; its account must be connected (or reconnecting)
     * @param body the text
     * @return the message as added to the conversation
     * @throws IllegalStateException when the account has no session
     * @throws IllegalArgumentException when the body cannot be sent ({@link MessageText#check})
     */
    ChatMessage send(ConversationId conversation, String body);

    /**
     * Sends to a bare JID or to one resource (a full JID), including one of the
     * account's own other resources.
     *
     * @param accountId the sending account
     * @param to a bare or full JID; the conversation is the one with its bare JID
     * @param body the text
     * @return the message as added to the conversation
     * @throws IllegalStateException when the account has no session
     * @throws IllegalArgumentException when {@code to} is not a valid JID, or the body
     *         cannot be sent ({@link MessageText#check}); nothing is sent then
     */
    ChatMessage send(String accountId, String to, String body);

    /**
     * Replaces the text of the last message sent in this conversation by this
     * client (XEP-0308): a new stanza to the same address, referring to it.
     *
     * @return the corrected message, or empty when nothing was sent here yet
     * @throws IllegalStateException when the account has no session
     * @throws IllegalArgumentException when the new body cannot be sent ({@link MessageText#check})
     */
    Optional<ChatMessage> correctLast(ConversationId conversation, String newBody);

    /**
     * Tells the peer about this user's attention (XEP-0085). Not sent when the
     * peer has shown it does not use chat states (§5.1) or when it repeats the
     * last state sent (§5.3); the service adds {@link ChatState#ACTIVE} to
     * every message it sends.
     */
    void setChatState(ConversationId conversation, ChatState state);

    /** @return the peer's chat state per full JID, as last reported */
    Map<String, ChatState> chatStates(ConversationId conversation);

    /** @return the conversation's messages, oldest first (the most recent ones, up to a bound) */
    List<ChatMessage> history(ConversationId conversation);

    /** @return every known conversation, stored or live, most recently active first */
    List<ConversationId> conversations();

    /** @return how many incoming messages arrived since {@link #markRead} */
    int unreadCount(ConversationId conversation);

    /** Marks every message of the conversation as read. */
    void markRead(ConversationId conversation);

    void addChatListener(ChatListener listener);

    void removeChatListener(ChatListener listener);
}
