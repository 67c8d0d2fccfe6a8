package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a room tells about itself before joining: disco#info and its room info
 * form (XEP-0045 §6.4).
 *
 * @param room the room's bare JID
 * @param name its natural-language name (the disco identity's name), else its localpart
 * @param description its description ({@code muc#roominfo_description}), if any
 * @param subject its subject ({@code muc#roominfo_subject}), if the room shows it
 * @param occupants how many are in it ({@code muc#roominfo_occupants}), if the room says
 * @param features its disco features, e.g. {@code muc_passwordprotected}, {@code muc_membersonly}
 */
public record RoomInfo(String room, String name, Optional<String> description, Optional<String> subject,
        OptionalInt occupants, Set<String> features) {

    public RoomInfo {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(occupants, "occupants");
        features = Set.copyOf(features);
    }

    /** @return whether joining needs a password (XEP-0045 §6.4 {@code muc_passwordprotected}) */
    public boolean passwordProtected() {
        return features.contains("muc_passwordprotected");
    }

    /** @return whether only members may join ({@code muc_membersonly}) */
    public boolean membersOnly() {
        return features.contains("muc_membersonly");
    }

    /** @return whether the room stays when the last occupant leaves ({@code muc_persistent}) */
    public boolean persistent() {
        return features.contains("muc_persistent");
    }

    /** @return whether occupants see each other's real JIDs ({@code muc_nonanonymous}) */
    public boolean nonAnonymous() {
        return features.contains("muc_nonanonymous");
    }

    /** @return whether the room keeps an archive (XEP-0313 {@code urn:xmpp:mam:2}) */
    public boolean archived() {
        return features.contains("urn:xmpp:mam:2");
    }
}
