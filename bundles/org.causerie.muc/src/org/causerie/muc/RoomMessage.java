package org.causerie.muc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in a room, or a private message with one of its occupants
 * (XEP-0045 §7.5). Immutable.
 *
 * @param id the stanza id (or the room's stanza-id, XEP-0359, where the stanza had none)
 * @param room the room
 * @param nick the sender's nickname in the room
 * @param realJid the sender's real JID, where the room shows it
 * @param body the text; never shortened
 * @param timestamp when it was sent: the delay stamp for history and archive, else when received
 * @param source live, the history the room sent on join, or the room's archive
 * @param own whether this account sent it
 * @param privateWith for a private message, the occupant's nickname it was exchanged with
 * @param archiveId the room's archive id (XEP-0359 stanza-id set by the room), used to
 *        recognise the same message coming from history and from the archive
 */
public record RoomMessage(String id, RoomId room, String nick, Optional<String> realJid, String body,
        Instant timestamp, Source source, boolean own, Optional<String> privateWith, Optional<String> archiveId)
        implements RoomEntry {

    /** Where a message came from. */
    public enum Source {
        /** Sent while we were in the room. */
        LIVE,
        /** Sent by the room on join (XEP-0045 §7.2.15). */
        HISTORY,
        /** Fetched from the room's archive (XEP-0313). */
        ARCHIVE
    }

    public RoomMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(realJid, "realJid");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(privateWith, "privateWith");
        Objects.requireNonNull(archiveId, "archiveId");
    }

    /** @return whether this is a private message with one occupant */
    public boolean isPrivate() {
        return privateWith.isPresent();
    }
}
