package org.causerie.muc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A joined room now: our nickname, role and affiliation, its subject and its
 * occupants. Immutable; a change gives a new snapshot
 * ({@link MucListener#roomChanged}).
 *
 * @param room the room
 * @param nick our nickname in it
 * @param role our role
 * @param affiliation our affiliation
 * @param subject its subject, if set
 * @param occupants everyone in it, ourselves included, sorted by nickname
 * @param joined whether we are in it now (false while the account reconnects)
 */
public record RoomSnapshot(RoomId room, String nick, Role role, Affiliation affiliation, Optional<String> subject,
        List<Occupant> occupants, boolean joined) {

    public RoomSnapshot {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(subject, "subject");
        occupants = List.copyOf(occupants);
    }

    /** @return the occupant with that nickname, if present */
    public Optional<Occupant> occupant(String occupantNick) {
        return occupants.stream().filter(o -> o.nick().equals(occupantNick)).findFirst();
    }
}
