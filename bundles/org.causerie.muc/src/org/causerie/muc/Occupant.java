package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;

import org.causerie.core.PresenceMode;

/**
 * Someone in the room, as its last presence said.
 *
 * @param nick the occupant's nickname (the resource of {@code room@service/nick})
 * @param role its role now
 * @param affiliation its affiliation
 * @param realJid its real full JID, where the room shows it to us (non-anonymous
 *        room, or we are a moderator in a semi-anonymous one, XEP-0045 §6.1)
 * @param mode its presence mode
 * @param status its status text
 * @param self whether this occupant is us
 */
public record Occupant(String nick, Role role, Affiliation affiliation, Optional<String> realJid, PresenceMode mode,
        Optional<String> status, boolean self) {

    public Occupant {
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(realJid, "realJid");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
    }
}
