package org.causerie.muc;

import java.time.Instant;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

import org.causerie.core.Payload;

/**
 * A message in a room, or a private message with one of its occupants
 * (XEP-0045 §7.5). Immutable.
 *
 * @param id the stanza id (or the room's stanza-id, XEP-0359, where the stanza had none)
 * @param room the room
 * @param nick the sender's nickname in the room
 * @param realJid the sender's real JID, where the room shows it
 * @param body the text; never shortened; empty for a message that carries only {@link #payloads()}
 * @param timestamp when it was sent: the delay stamp for history and archive, else when received
 * @param source live, the history the room sent on join, or the room's archive
 * @param own whether this account sent it
 * @param privateWith for a private message, the occupant's nickname it was exchanged with
 * @param archiveId the room's archive id (XEP-0359 stanza-id set by the room), used to
 *        recognise the same message coming from history and from the archive
 * @param payloads the extension elements kept with it, for the namespaces that a
 *        {@link org.causerie.core.MessagePayloadContribution} asked for when it arrived
 *        (at most {@value Payload#MAX_PER_MESSAGE}); empty for most messages
 */
public record RoomMessage(String id, RoomId room, String nick, Optional<String> realJid, String body,
        Instant timestamp, Source source, boolean own, Optional<String> privateWith, Optional<String> archiveId,
        List<Payload> payloads) implements RoomEntry {

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
        payloads = List.copyOf(payloads.size() > Payload.MAX_PER_MESSAGE
                ? payloads.subList(0, Payload.MAX_PER_MESSAGE) : payloads);
    }

    /** A message without payloads (the common case). */
    public RoomMessage(String id, RoomId room, String nick, Optional<String> realJid, String body,
            Instant timestamp, Source source, boolean own, Optional<String> privateWith,
            Optional<String> archiveId) {
        this(id, room, nick, realJid, body, timestamp, source, own, privateWith, archiveId, List.of());
    }

    /** @return whether this is a private message with one occupant */
    public boolean isPrivate() {
        return privateWith.isPresent();
    }
}
