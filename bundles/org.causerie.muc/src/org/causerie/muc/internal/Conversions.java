package org.causerie.muc.internal;

import java.util.Locale;

import org.causerie.core.PresenceMode;
import org.causerie.muc.Affiliation;
import org.causerie.muc.Role;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MUCRole;

/** Smack's MUC enums and ours. */
final class Conversions {

    private Conversions() {
    }

    static Role role(MUCRole role) {
        if (role == null) {
            return Role.NONE;
        }
        return switch (role) {
            case moderator -> Role.MODERATOR;
            case participant -> Role.PARTICIPANT;
            case visitor -> Role.VISITOR;
            case none -> Role.NONE;
        };
    }

    static MUCRole role(Role role) {
        return MUCRole.valueOf(role.name().toLowerCase(Locale.ROOT));
    }

    static Affiliation affiliation(MUCAffiliation affiliation) {
        if (affiliation == null) {
            return Affiliation.NONE;
        }
        return switch (affiliation) {
            case owner -> Affiliation.OWNER;
            case admin -> Affiliation.ADMIN;
            case member -> Affiliation.MEMBER;
            case outcast -> Affiliation.OUTCAST;
            case none -> Affiliation.NONE;
        };
    }

    static MUCAffiliation affiliation(Affiliation affiliation) {
        return MUCAffiliation.valueOf(affiliation.name().toLowerCase(Locale.ROOT));
    }

    static PresenceMode mode(Presence presence) {
        Presence.Mode mode = presence.getMode();
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

    /** @return the wire name (lower case), as {@link org.causerie.muc.RoomEvent#detail()} holds it */
    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
