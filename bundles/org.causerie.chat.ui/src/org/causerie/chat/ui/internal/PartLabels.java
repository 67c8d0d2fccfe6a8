package org.causerie.chat.ui.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.AccountService;
import org.causerie.roster.RosterService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;

/**
 * Keeps a chat editor's tab label (the peer's name, the unread count in front)
 * and tooltip (peer and account) current. Display thread only.
 */
public final class PartLabels {

    private final ConversationParts parts;
    private final Supplier<Optional<ChatService>> chat;
    private final Supplier<Optional<RosterService>> roster;
    private final Supplier<Optional<AccountService>> accounts;

    PartLabels(ConversationParts parts, Supplier<Optional<ChatService>> chat, Supplier<Optional<RosterService>> roster,
            Supplier<Optional<AccountService>> accounts) {
        this.parts = parts;
        this.chat = chat;
        this.roster = roster;
        this.accounts = accounts;
    }

    /** @return the tab label: the peer's name, with the unread count in front when there are unread messages */
    public static String label(String peerName, int unread) {
        return unread > 0 ? "(" + unread + ") " + peerName : peerName;
    }

    void update(ConversationId id) {
        parts.find(id).ifPresent(part -> update(part, id));
    }

    void updateAll() {
        parts.all().forEach(part -> ConversationParts.conversation(part).ifPresent(id -> update(part, id)));
    }

    void update(MPart part, ConversationId id) {
        int unread = chat.get().map(c -> c.unreadCount(id)).orElse(0);
        String label = label(Names.peer(roster.get(), id), unread);
        if (!label.equals(part.getLabel())) {
            part.setLabel(label);
        }
        String tooltip = NLS.bind(Messages.part_tooltip, id.peer(), Names.account(accounts.get(), id.accountId()));
        if (!tooltip.equals(part.getTooltip())) {
            part.setTooltip(tooltip);
        }
    }
}
