package org.causerie.muc;

import java.util.Locale;
import java.util.Objects;

import org.causerie.core.Jids;

/**
 * A room as one account sees it: the same room joined from two accounts is two
 * {@code RoomId}s.
 *
 * @param accountId the account's id ({@link org.causerie.core.Account#id()})
 * @param room the room's bare JID ({@code room@service}), normalised to lower case
 */
public record RoomId(String accountId, String room) {

    public RoomId {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(room, "room");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("account id is blank");
        }
        if (room.isBlank() || room.indexOf('/') >= 0 || room.indexOf('@') <= 0
                || room.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a room JID: " + room);
        }
        // Localpart and domainpart compare case-insensitively (RFC 7622 §3.2, §3.3).
        room = room.toLowerCase(Locale.ROOT);
    }

    /** @return the room of that account named by a bare or full JID (an occupant's) */
    public static RoomId of(String accountId, String jid) {
        return new RoomId(accountId, Jids.bare(jid));
    }

    /** @return the room's service, e.g. {@code conference.example.org} */
    public String service() {
        return room.substring(room.indexOf('@') + 1);
    }
}
