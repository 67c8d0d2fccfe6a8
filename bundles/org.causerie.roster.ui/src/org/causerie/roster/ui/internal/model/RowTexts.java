package org.causerie.roster.ui.internal.model;

import java.util.Optional;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The words of the roster rows, from {@link Messages} (English and French). */
public final class RowTexts {

    private RowTexts() {
    }

    /** @return the word for a presence; empty is offline */
    public static String mode(Optional<PresenceMode> mode) {
        return mode.map(m -> switch (m) {
            case AVAILABLE -> Messages.mode_AVAILABLE;
            case CHAT -> Messages.mode_CHAT;
            case AWAY -> Messages.mode_AWAY;
            case XA -> Messages.mode_XA;
            case DND -> Messages.mode_DND;
            case INVISIBLE -> Messages.mode_INVISIBLE;
        }).orElse(Messages.mode_OFFLINE);
    }

    static String account(String jid, Optional<OwnPresence> presence, boolean loaded, int online, int total) {
        String mode = mode(presence.map(OwnPresence::mode));
        String status = presence.map(OwnPresence::status).filter(s -> !s.isBlank()).map(s -> mode + ": " + s)
                .orElse(mode);
        return loaded ? NLS.bind(Messages.row_account, new Object[] {jid, status, online, total})
                : NLS.bind(Messages.row_accountLoading, jid, status);
    }

    static String group(String name, int online, int total) {
        String shown = RosterSnapshot.UNGROUPED.equals(name) ? Messages.row_ungrouped : name;
        return NLS.bind(Messages.row_group, new Object[] {shown, online, total});
    }

    static String contact(Contact contact, int unread) {
        StringBuilder text = new StringBuilder(contact.displayName());
        String status = contact.status();
        if (!status.isBlank()) {
            text.append(" \u2014 ").append(firstLine(status));
        }
        text.append("  [").append(subscription(contact)).append(']');
        if (unread > 0) {
            text.append("  ").append(NLS.bind(Messages.row_unread, unread));
        }
        return text.toString();
    }

    /** @return "both", "to, pending" and the like, in the user's language */
    public static String subscription(Contact contact) {
        String word = switch (contact.subscription()) {
            case NONE -> Messages.subscription_NONE;
            case TO -> Messages.subscription_TO;
            case FROM -> Messages.subscription_FROM;
            case BOTH -> Messages.subscription_BOTH;
        };
        return contact.pendingOut() ? NLS.bind(Messages.subscription_pending, word) : word;
    }

    static String resource(ResourcePresence presence) {
        String mode = mode(Optional.of(presence.mode()));
        String status = presence.status().isBlank() ? mode : mode + ": " + firstLine(presence.status());
        String name = presence.resource().isEmpty() ? presence.fullJid() : presence.resource();
        return NLS.bind(Messages.row_ownResource, new Object[] {name, status, presence.priority()});
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 120 ? line.substring(0, 120) + "\u2026" : line;
    }
}
