package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;

/**
 * An invitation to a room received by one of our accounts: mediated through the
 * room (XEP-0045 §7.8.2) or direct (XEP-0249).
 *
 * @param room the room, as the invited account
 * @param from who invites (a real JID)
 * @param reason the inviter's words, if any
 * @param password the room's password, if the invitation carries it
 * @param direct whether it came as a XEP-0249 direct invitation
 */
public record Invitation(RoomId room, String from, Optional<String> reason, Optional<String> password,
        boolean direct) {

    public Invitation {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(password, "password");
    }
}
