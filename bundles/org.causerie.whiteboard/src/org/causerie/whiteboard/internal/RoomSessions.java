package org.causerie.whiteboard.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The session id of a room's board. XEP-0284 starts sessions with Jingle between
 * two full JIDs, which does not fit a room; Causerie gives each room one board
 * whose id everyone derives from the room's JID, so nobody has to announce it and
 * the board keeps its id across visits.
 */
final class RoomSessions {

    private RoomSessions() {
    }

    /** @return {@code causerie-} and the first 16 bytes of SHA-256 of the room's bare JID, in hex */
    static String sessionOf(String roomJid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(roomJid.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "causerie-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
