package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;

/**
 * A bookmarked room, stored on the server (XEP-0402, or XEP-0048 private storage
 * where the server lacks 0402) so that every client of the account shares it.
 *
 * @param room the room, as the account that owns the bookmark
 * @param name a name for people, if set
 * @param nick the nickname to join with, if set
 * @param password the room's password, if stored
 * @param autojoin whether to join when the account logs in
 */
public record Bookmark(RoomId room, Optional<String> name, Optional<String> nick, Optional<String> password,
        boolean autojoin) {

    public Bookmark {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(password, "password");
    }
}
