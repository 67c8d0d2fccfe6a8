package org.causerie.muc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.muc.Occupant;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomEvent.Kind;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.packet.Destroy;
import org.jivesoftware.smackx.muc.packet.MUCItem;
import org.jivesoftware.smackx.muc.packet.MUCUser;

/**
 * What one occupant presence from a room means (XEP-0045 §7.2–§10.9): the
 * occupant as it is now (or gone), and the events to show. Pure: the room
 * applies the outcome.
 *
 * @param occupant the occupant after this presence; empty when it left
 * @param events what happened, in order
 * @param self whether the presence is about us (status 110, §7.2.2)
 * @param created whether the room was just created by us (status 201, §10.1.1)
 * @param newNick for a nickname change (status 303, §7.6), the new nickname
 */
record OccupantPresence(Optional<Occupant> occupant, List<RoomEvent> events, boolean self, boolean created,
        Optional<String> newNick) {

    /**
     * @param room the room
     * @param presence an available or unavailable presence from {@code room/nick}
     * @param previous the occupant as known before, if it was in the room
     * @param ourNick our nickname in the room (to tell our own presence where 110 is missing)
     * @param renamedTo nicknames announced by a 303 whose available presence is awaited
     * @param now when it was received
     */
    static OccupantPresence read(RoomId room, Presence presence, Optional<Occupant> previous, String ourNick,
            Set<String> renamedTo, Instant now) {
        String nick = presence.getFrom().getResourceOrEmpty().toString();
        MUCUser user = MUCUser.from(presence);
        Set<MUCUser.Status> status = user == null ? Set.of() : user.getStatus();
        MUCItem item = user == null ? null : user.getItem();
        boolean self = status.contains(MUCUser.Status.PRESENCE_TO_SELF_110) || nick.equals(ourNick);
        boolean created = status.contains(MUCUser.Status.ROOM_CREATED_201);
        Optional<String> actor = actor(item);
        Optional<String> reason = item == null ? Optional.empty() : nonEmpty(item.getReason());
        List<RoomEvent> events = new ArrayList<>();
        if (presence.getType() == Presence.Type.unavailable) {
            Optional<String> newNick = Optional.empty();
            Destroy destroy = user == null ? null : user.getDestroy();
            if (destroy != null) {
                events.add(new RoomEvent(room, Kind.DESTROYED, nick, Optional.empty(), nonEmpty(destroy.getReason()),
                        Optional.ofNullable(destroy.getJid()).map(Object::toString), now));
            } else if (status.contains(MUCUser.Status.NEW_NICKNAME_303) && item != null && item.getNick() != null) {
                newNick = Optional.of(item.getNick().toString());
                events.add(new RoomEvent(room, Kind.NICK_CHANGED, nick, Optional.empty(), Optional.empty(), newNick,
                        now));
            } else if (status.contains(MUCUser.Status.BANNED_301)) {
                events.add(new RoomEvent(room, Kind.BANNED, nick, actor, reason, Optional.empty(), now));
            } else if (status.contains(MUCUser.Status.KICKED_307)) {
                events.add(new RoomEvent(room, Kind.KICKED, nick, actor, reason, Optional.empty(), now));
            } else if (status.contains(MUCUser.Status.REMOVED_AFFIL_CHANGE_321) || has(status, 322)
                    || has(status, 332) || status.contains(MUCUser.Status.REMOVED_FOR_TECHNICAL_REASONS_333)) {
                events.add(new RoomEvent(room, Kind.REMOVED, nick, actor, reason, Optional.empty(), now));
            } else if (previous.isPresent() || self) {
                events.add(new RoomEvent(room, Kind.LEFT, nick, Optional.empty(),
                        nonEmpty(presence.getStatus()), Optional.empty(), now));
            }
            return new OccupantPresence(Optional.empty(), events, self, false, newNick);
        }
        Occupant now2 = new Occupant(nick, Conversions.role(item == null ? null : item.getRole()),
                Conversions.affiliation(item == null ? null : item.getAffiliation()),
                Optional.ofNullable(item == null ? null : item.getJid()).map(Object::toString),
                Conversions.mode(presence), nonEmpty(presence.getStatus()), self);
        if (previous.isEmpty()) {
            if (!renamedTo.contains(nick)) {
                events.add(new RoomEvent(room, Kind.JOINED, nick, Optional.empty(), Optional.empty(),
                        Optional.empty(), now));
            }
        } else {
            if (previous.get().role() != now2.role()) {
                events.add(new RoomEvent(room, Kind.ROLE_CHANGED, nick, actor, reason,
                        Optional.of(Conversions.wire(now2.role())), now));
            }
            if (previous.get().affiliation() != now2.affiliation()) {
                events.add(new RoomEvent(room, Kind.AFFILIATION_CHANGED, nick, actor, reason,
                        Optional.of(Conversions.wire(now2.affiliation())), now));
            }
        }
        return new OccupantPresence(Optional.of(now2), events, self, created, Optional.empty());
    }

    private static boolean has(Set<MUCUser.Status> status, int code) {
        return status.contains(MUCUser.Status.create(code));
    }

    /** §8.2: {@code <actor nick='...'/>} names the moderator, or {@code jid='...'} where the room shows it. */
    private static Optional<String> actor(MUCItem item) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getActorNick() != null) {
            return Optional.of(item.getActorNick().toString());
        }
        return Optional.ofNullable(item.getActor()).map(Object::toString);
    }

    static Optional<String> nonEmpty(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
