package org.causerie.chat;

/**
 * Told about conversation changes, on one background thread, in order. Never
 * block in these methods; a UI marshals onto its display thread.
 */
public interface ChatListener {

    /** @param message a message new to its conversation (sent here, received, or a carbon copy) */
    void messageAdded(ChatMessage message);

    /**
     * @param message the new version of a known message (same id and conversation):
     *        its delivery state changed or it was corrected
     */
    default void messageUpdated(ChatMessage message) {
    }

    /**
     * @param conversation the conversation
     * @param fullJid the peer's resource that reported it
     * @param state its chat state (XEP-0085)
     */
    default void chatStateChanged(ConversationId conversation, String fullJid, ChatState state) {
    }

    /**
     * @param conversation the conversation
     * @param unread its number of unread incoming messages now
     */
    default void unreadChanged(ConversationId conversation, int unread) {
    }
}
