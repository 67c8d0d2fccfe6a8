package org.causerie.chat.ui.internal.editor;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.causerie.chat.ChatState;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the peer about the user's attention from what the editor sees
 * (XEP-0085 §5.4): composing while typing, paused after a few seconds without
 * typing, active when the input is emptied or the editor is activated, inactive
 * some time after it was left, gone when it is closed. Standalone states go out
 * only once the conversation has messages (nothing is announced to someone one
 * has never written to). Display thread only.
 */
final class OwnChatState {

    /** XEP-0085 §5.4 suggests about 5 s of not typing for paused and 2 min of inattention for inactive. */
    static final int PAUSED_AFTER_MS = 5_000;
    static final int INACTIVE_AFTER_MS = 120_000;

    private final Display display;
    private final Consumer<ChatState> send;
    private final BooleanSupplier conversationStarted;
    private final Runnable paused = () -> change(ChatState.PAUSED);
    private final Runnable inactive = () -> change(ChatState.INACTIVE);
    /** What this editor told last; null until it told anything (a new editor, maybe after gone). */
    private ChatState current;

    /**
     * @param send tells the service (which drops repetitions and peers that ignore states)
     * @param conversationStarted whether the conversation has messages yet
     */
    OwnChatState(Display display, Consumer<ChatState> send, BooleanSupplier conversationStarted) {
        this.display = display;
        this.send = send;
        this.conversationStarted = conversationStarted;
    }

    /** The input's text changed (not by sending). */
    void typed(boolean empty) {
        display.timerExec(-1, paused);
        if (empty) {
            if (current == ChatState.COMPOSING || current == ChatState.PAUSED) {
                change(ChatState.ACTIVE);
            }
            return;
        }
        change(ChatState.COMPOSING);
        display.timerExec(PAUSED_AFTER_MS, paused);
    }

    /** A message went out: it carried {@code <active/>} (the service adds it). */
    void sent() {
        display.timerExec(-1, paused);
        current = ChatState.ACTIVE;
    }

    /**
     * The editor got the focus (XEP-0085 §5.1: "gives focus to the chat session
     * interface"): active, also in a new editor of a conversation that was left
     * (gone) before; the service does not repeat what it sent last.
     */
    void activated() {
        display.timerExec(-1, inactive);
        if (current == null || current == ChatState.INACTIVE || current == ChatState.GONE) {
            change(ChatState.ACTIVE);
        }
    }

    void deactivated() {
        display.timerExec(INACTIVE_AFTER_MS, inactive);
    }

    void closed() {
        if (Display.getCurrent() == display) { // not when the framework stops before the workbench
            display.timerExec(-1, paused);
            display.timerExec(-1, inactive);
        }
        change(ChatState.GONE);
    }

    private void change(ChatState state) {
        if (state == current || !conversationStarted.getAsBoolean()) {
            return;
        }
        current = state;
        send.accept(state);
    }
}
