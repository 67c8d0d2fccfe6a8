package org.causerie.muc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;

/**
 * Multi-user chat (XEP-0045) over every connected account (an OSGi service).
 *
 * <p>Nothing here waits for the network: operations return futures, which fail
 * with a {@link MucException} naming the reason; what the rooms say arrives as
 * {@link MucListener} events. Joined rooms are rejoined after a reconnection,
 * and bookmarked rooms with autojoin at login.
 */
public interface MucService {

    /** @return the account's multi-user chat services, found through disco (XEP-0045 §6.1) */
    CompletableFuture<List<String>> services(String accountId);

    /** @return the rooms a service lists (disco#items, §6.3), with what each tells about itself */
    CompletableFuture<List<RoomInfo>> rooms(String accountId, String service);

    /** @return what a room tells about itself (disco#info and room info form, §6.4) */
    CompletableFuture<RoomInfo> info(RoomId room);

    /**
     * Enters a room. Completes once the room has sent our own presence (§7.2.3),
     * with the room as it is then.
     *
     * <p>Joining a room that does not exist creates it where the service allows
     * (§10.1): it is then locked, and completes with {@link MucError#ROOM_LOCKED}
     * unless created through {@link #create}.
     */
    CompletableFuture<RoomSnapshot> join(JoinRequest request);

    /**
     * Creates a room and makes the user its owner (§10.1).
     *
     * @param request the room, nickname, and the password to set if any
     * @param instant accept the service's default configuration at once (§10.1.2);
     *        otherwise the room stays locked until {@link #configure} is called
     * @return the room; fails with NOT_ALLOWED when it exists already
     */
    CompletableFuture<RoomSnapshot> create(JoinRequest request, boolean instant);

    /** @return the room's configuration form, for its owner (§10.2) */
    CompletableFuture<DataForm> configurationForm(RoomId room);

    /** Submits a filled configuration form (§10.2); unlocks a new room. */
    CompletableFuture<Void> configure(RoomId room, DataForm submitted);

    /** Leaves a room (§7.14). */
    CompletableFuture<Void> leave(RoomId room);

    /** @return the rooms our accounts are in, or rejoining */
    List<RoomSnapshot> joinedRooms();

    /** @return a joined room now */
    Optional<RoomSnapshot> room(RoomId room);

    /** @return the room's conversation since we joined, history and archive included, oldest first (up to a bound) */
    List<RoomEntry> transcript(RoomId room);

    /** Sends a message to everyone in the room (§7.4). */
    CompletableFuture<Void> send(RoomId room, String body);

    /** Sends a private message to one occupant (§7.5). */
    CompletableFuture<Void> sendPrivate(RoomId room, String nick, String body);

    /** Changes the room's subject (§8.1): fails with NOT_ALLOWED where we may not. */
    CompletableFuture<Void> setSubject(RoomId room, String subject);

    /** Changes our nickname in the room (§7.6). */
    CompletableFuture<Void> changeNick(RoomId room, String nick);

    /**
     * Invites someone.
     *
     * @param jid the invitee's bare JID
     * @param reason words for the invitee
     * @param direct a XEP-0249 direct invitation; otherwise mediated by the room (§7.8.2)
     */
    CompletableFuture<Void> invite(RoomId room, String jid, Optional<String> reason, boolean direct);

    /** Declines a mediated invitation (§7.8.2); a direct one is simply not answered. */
    CompletableFuture<Void> decline(Invitation invitation, Optional<String> reason);

    /** Kicks an occupant (§8.2). */
    CompletableFuture<Void> kick(RoomId room, String nick, Optional<String> reason);

    /** Grants or revokes a role: voice (participant/visitor), moderator (§8.3–§8.6, §9.6). */
    CompletableFuture<Void> setRole(RoomId room, String nick, Role role, Optional<String> reason);

    /**
     * Changes a user's affiliation: {@link Affiliation#OUTCAST} bans (§9.1), NONE
     * removes from every list.
     *
     * @param jid the user's bare JID
     */
    CompletableFuture<Void> setAffiliation(RoomId room, String jid, Affiliation affiliation, Optional<String> reason);

    /** @return the room's list for one affiliation (bans, members, admins, owners) */
    CompletableFuture<List<AffiliationItem>> affiliations(RoomId room, Affiliation affiliation);

    /** Destroys the room (§10.9), telling the occupants where to go, if anywhere. */
    CompletableFuture<Void> destroy(RoomId room, Optional<String> reason, Optional<String> alternateVenue);

    /**
     * Fetches messages older than what the transcript holds from the room's archive
     * (XEP-0313), adds them to the transcript (as {@link RoomMessage.Source#ARCHIVE},
     * without duplicating history) and returns them.
     *
     * @param max at most this many
     * @return the messages fetched, oldest first; empty when the room keeps no archive
     */
    CompletableFuture<List<RoomMessage>> fetchArchive(RoomId room, int max);

    /** @return the account's bookmarks, from the server */
    CompletableFuture<List<Bookmark>> bookmarks(String accountId);

    /** Adds or replaces a bookmark on the server. */
    CompletableFuture<Void> saveBookmark(Bookmark bookmark);

    /** Removes a bookmark from the server. */
    CompletableFuture<Void> removeBookmark(RoomId room);

    /** @return the rooms this account joined recently, most recent first (kept across restarts) */
    List<JoinRequest> recentRooms(String accountId);

    void addMucListener(MucListener listener);

    void removeMucListener(MucListener listener);
}
