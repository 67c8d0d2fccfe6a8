package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What it takes to enter a room (XEP-0045 §7.2).
 *
 * @param room the room, from the account that joins
 * @param nick the nickname to use
 * @param password the room's password, if it has one
 * @param historyMessages how many messages of history to ask the room for
 *        (§7.2.15 {@code maxstanzas}); empty leaves it to the room
 */
public record JoinRequest(RoomId room, String nick, Optional<String> password, OptionalInt historyMessages) {

    public JoinRequest {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(historyMessages, "historyMessages");
        if (nick.isBlank()) {
            throw new IllegalArgumentException("nickname is blank");
        }
    }

    /** @return a request with a nickname and no password, history left to the room */
    public static JoinRequest of(RoomId room, String nick) {
        return new JoinRequest(room, nick, Optional.empty(), OptionalInt.empty());
    }
}
