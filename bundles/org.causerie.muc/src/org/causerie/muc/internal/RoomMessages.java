package org.causerie.muc.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causerie.core.Payload;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;

/** Reads a room's message stanzas into {@link RoomMessage}s. */
final class RoomMessages {

    private RoomMessages() {
    }

    /**
     * @param room the room
     * @param message a groupchat message from {@code room/nick} (or from the room itself)
     * @param source where it came from; a delay stamp makes a LIVE one HISTORY (§7.2.15)
     * @param realJid the sender's real JID, where known
     * @param own whether we sent it
     * @param archiveId the archive id when known from outside (the MAM result id)
     * @param stamp the delay stamp from outside (the MAM forwarded delay)
     */
    static RoomMessage read(RoomId room, Message message, RoomMessage.Source source, Optional<String> realJid,
            boolean own, Optional<String> archiveId, Optional<Instant> stamp) {
        return read(room, message, source, realJid, own, archiveId, stamp, List.of());
    }

    /** @param payloads the payloads kept from the message (its body may then be absent) */
    static RoomMessage read(RoomId room, Message message, RoomMessage.Source source, Optional<String> realJid,
            boolean own, Optional<String> archiveId, Optional<Instant> stamp, List<Payload> payloads) {
        String nick = message.getFrom() == null ? "" : message.getFrom().getResourceOrEmpty().toString();
        Optional<Instant> delay = stamp.or(() -> Optional.ofNullable(DelayInformation.from(message))
                .map(d -> d.getStamp().toInstant()));
        RoomMessage.Source actual = source == RoomMessage.Source.LIVE && delay.isPresent()
                ? RoomMessage.Source.HISTORY : source;
        Optional<String> archive = archiveId.or(() -> roomStanzaId(message, room.room()));
        String id = message.getStanzaId() != null ? message.getStanzaId()
                : archive.orElseGet(() -> "local-" + UUID.randomUUID());
        String body = message.getBody() == null ? "" : message.getBody();
        return new RoomMessage(id, room, nick, realJid, body, delay.orElseGet(Instant::now), actual,
                own, Optional.empty(), archive, payloads);
    }

    /** XEP-0359 §3: the id the room gave the message, only when the room itself says so ({@code by}). */
    static Optional<String> roomStanzaId(Message message, String roomJid) {
        for (ExtensionElement element : message.getExtensions(StanzaIdElement.ELEMENT, StanzaIdElement.NAMESPACE)) {
            if (element instanceof StanzaIdElement sid && sid.getBy() != null
                    && sid.getBy().equalsIgnoreCase(roomJid)) {
                return Optional.of(sid.getId());
            }
        }
        return Optional.empty();
    }
}
