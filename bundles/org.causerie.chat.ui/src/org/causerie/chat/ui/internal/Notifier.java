package org.causerie.chat.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.ui.text.SafeText;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Tells of new messages whose editor is not visible with a popup (one per
 * conversation at a time: a newer message updates it). Under a desktop without
 * a system tray (plain Xvfb, many Wayland shells) a tray icon would never be
 * seen, so the popup is the one way used everywhere. Display thread only.
 */
final class Notifier {

    private static final int PREVIEW_CHARS = 200;

    private final Display display;
    private final Consumer<ConversationId> open;
    private final Map<ConversationId, MessagePopup> popups = new HashMap<>();
    private final Map<ConversationId, Integer> counts = new HashMap<>();

    /**
     * @param display the workbench's display
     * @param open opens a conversation's editor (what a click on the popup does)
     */
    Notifier(Display display, Consumer<ConversationId> open) {
        this.display = display;
        this.open = open;
    }

    /**
     * Shows the message in a popup, or in the one already showing its conversation.
     *
     * @param message the latest message
     * @param count how many new messages it stands for (a burst is shown once)
     */
    void notify(ChatMessage message, int count, String peerName, String accountName) {
        ConversationId id = message.conversation();
        String title = NLS.bind(Messages.notification_title, peerName);
        String preview = SafeText.oneLine(message.body(), PREVIEW_CHARS);
        MessagePopup popup = popups.get(id);
        if (popup != null && popup.isOpen()) {
            int total = counts.merge(id, count, Integer::sum);
            popup.update(title, NLS.bind(Messages.notification_more, total) + ": " + preview);
            return;
        }
        counts.put(id, count);
        String text = count > 1 ? NLS.bind(Messages.notification_more, count) + ": " + preview : preview;
        popup = new MessagePopup(display, title, text, NLS.bind(Messages.notification_account, accountName),
                () -> open.accept(id));
        popups.put(id, popup);
        popup.open();
    }

    /** Closes the popup of a conversation the user now sees. */
    void seen(ConversationId id) {
        MessagePopup popup = popups.remove(id);
        counts.remove(id);
        if (popup != null && popup.isOpen()) {
            popup.close();
        }
    }

    void closeAll() {
        popups.values().stream().filter(MessagePopup::isOpen).forEach(MessagePopup::close);
        popups.clear();
    }
}
