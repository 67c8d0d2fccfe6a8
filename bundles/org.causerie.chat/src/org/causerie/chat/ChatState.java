package org.causerie.chat;

/** A participant's attention to a conversation (XEP-0085 §2). */
public enum ChatState {
    /** Paying attention to the conversation. */
    ACTIVE,
    /** Typing a message. */
    COMPOSING,
    /** Was typing, has stopped for a while. */
    PAUSED,
    /** Not paying attention for a while. */
    INACTIVE,
    /** Has effectively ended the conversation (closed the window). */
    GONE
}
