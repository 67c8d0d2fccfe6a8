package org.causerie.roster.ui.internal.model;

import java.util.Optional;

import org.causerie.core.PresenceMode;

/** The small pictures of the roster: one per presence, plus group and pending. */
public enum Icon {
    AVAILABLE, CHAT, AWAY, XA, DND, INVISIBLE, OFFLINE, PENDING, GROUP;

    /** @return the icon of a presence; empty (not available) is {@link #OFFLINE} */
    public static Icon of(Optional<PresenceMode> mode) {
        return mode.map(m -> switch (m) {
            case AVAILABLE -> AVAILABLE;
            case CHAT -> CHAT;
            case AWAY -> AWAY;
            case XA -> XA;
            case DND -> DND;
            case INVISIBLE -> INVISIBLE;
        }).orElse(OFFLINE);
    }
}
