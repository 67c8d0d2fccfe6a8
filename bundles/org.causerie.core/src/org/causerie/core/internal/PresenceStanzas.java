package org.causerie.core.internal;

import java.util.Optional;

import org.causerie.core.OwnPresence;
import org.causerie.core.PeerPresence;
import org.causerie.core.PresenceMode;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaFactory;

/** Converts between our presence model and Smack's stanzas (RFC 6121 §4.7). */
final class PresenceStanzas {

    private PresenceStanzas() {
    }

    /** Invisible is sent as plain available presence: the server hides it (see {@link Invisibility}). */
    static Presence toStanza(StanzaFactory factory, OwnPresence presence) {
        Presence.Mode mode = switch (presence.mode()) {
            case AVAILABLE, INVISIBLE -> Presence.Mode.available;
            case CHAT -> Presence.Mode.chat;
            case AWAY -> Presence.Mode.away;
            case XA -> Presence.Mode.xa;
            case DND -> Presence.Mode.dnd;
        };
        var builder = factory.buildPresenceStanza().ofType(Presence.Type.available).setMode(mode)
                .setPriority(presence.priority());
        if (!presence.status().isEmpty()) {
            builder.setStatus(presence.status());
        }
        return builder.build();
    }

    static PeerPresence fromStanza(Presence presence) {
        boolean available = presence.getType() == Presence.Type.available;
        Optional<PresenceMode> mode = available ? Optional.of(mode(presence.getMode())) : Optional.empty();
        return new PeerPresence(String.valueOf(presence.getFrom()), available, mode, presence.getStatus(),
                presence.getPriority());
    }

    private static PresenceMode mode(Presence.Mode mode) {
        if (mode == null) {
            return PresenceMode.AVAILABLE;
        }
        return switch (mode) {
            case chat -> PresenceMode.CHAT;
            case away -> PresenceMode.AWAY;
            case xa -> PresenceMode.XA;
            case dnd -> PresenceMode.DND;
            default -> PresenceMode.AVAILABLE;
        };
    }
}
