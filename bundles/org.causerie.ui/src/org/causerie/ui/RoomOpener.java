package org.causerie.ui;

import java.util.Optional;

/**
 * Opens a room for the user, as an OSGi service (the multi-user chat UI provides
 * it; the chat editor calls it for {@code xmpp:room@service?join} links, RFC 5122 and
 * XEP-0045 §16): brings the room's editor to the front when the account is in the
 * room already, otherwise opens the join dialog filled in, so the user confirms the
 * nickname and nothing is joined behind their back. Call it on the display thread.
 */
public interface RoomOpener {

    /**
     * @param room the account and the room's bare JID
     * @param password the room's password, when the link carried one (XEP-0147)
     */
    void open(RoomRef room, Optional<String> password);
}
