package org.causerie.ui;

import java.util.Objects;

/**
 * A multi-user chat room as one of the user's accounts sees it: what room tools
 * and the room opener are given.
 *
 * @param accountId the local account
 * @param roomJid the room's bare JID ({@code room@service})
 */
public record RoomRef(String accountId, String roomJid) {

    public RoomRef {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roomJid, "roomJid");
    }
}
