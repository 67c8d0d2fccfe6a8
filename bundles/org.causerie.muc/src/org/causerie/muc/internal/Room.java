package org.causerie.muc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.spi.SmackPayloads;
import org.causerie.muc.Affiliation;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomSnapshot;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;

/**
 * One room of one account: who is in it, its subject and its conversation, as
 * the room's stanzas tell (XEP-0045 §7). Stanzas arrive on Smack's ordered
 * listener thread; state changes happen under this object's lock and listeners
 * are told through the {@link Notifier} in the same order. The conversation is a
 * {@link RoomConversation}; what we asked of the room by presence, its
 * {@link RoomHandshakes}.
 */
final class Room {

    /** How an entry attempt was made. */
    enum Mode { JOIN, CREATE }

    /** An entry under way, completed by our own presence (§7.2.3) or an error. */
    record Entry(CompletableFuture<RoomSnapshot> future, Mode mode, String nick) {
    }

    private final RoomId id;
    private final Notifier notifier;
    private final Map<String, Occupant> occupants = new TreeMap<>();
    private final Set<String> renamedTo = new HashSet<>();
    private final RoomConversation conversation;
    private String nick = "";
    private Optional<String> password = Optional.empty();
    private boolean joined;
    private boolean wanted;
    private final RoomHandshakes handshakes = new RoomHandshakes();

    Room(RoomId id, Notifier notifier, SmackPayloads payloads) {
        this.id = id;
        this.notifier = notifier;
        conversation = new RoomConversation(id, notifier, payloads);
    }

    RoomId id() {
        return id;
    }

    synchronized String nick() {
        return nick;
    }

    synchronized Optional<String> password() {
        return password;
    }

    synchronized boolean joined() {
        return joined;
    }

    /** @return whether we mean to be in the room (rejoined after a reconnection) */
    synchronized boolean wanted() {
        return wanted;
    }

    synchronized boolean entering() {
        return handshakes.entering();
    }

    /** Starts an entry; the caller then sends the presence. */
    synchronized Entry enter(Mode mode, String requestedNick, Optional<String> roomPassword) {
        Entry started = handshakes.enter(mode, requestedNick);
        nick = requestedNick;
        password = roomPassword;
        renamedTo.clear();
        return started;
    }

    /** An entry ended without our presence (error, timeout): forget it. */
    synchronized void entryFailed(Entry failed) {
        handshakes.entryFailed(failed);
    }

    synchronized CompletableFuture<Void> startLeaving() {
        wanted = false;
        return joined ? handshakes.startLeaving() : CompletableFuture.completedFuture(null);
    }

    synchronized CompletableFuture<Void> startRenaming() {
        return handshakes.startRenaming();
    }

    /** @return completed when the room reflects the message with that id, failed on its error */
    CompletableFuture<Void> expectReflection(String stanzaId) {
        return conversation.expectReflection(stanzaId);
    }

    /** The link dropped: out of the room unless the stream is resumed. */
    synchronized void disconnected() {
        if (!joined) {
            return;
        }
        joined = false;
        RoomSnapshot snapshot = snapshot();
        notifier.post(l -> l.roomChanged(snapshot));
    }

    /** The stream was resumed (XEP-0198): the room never saw us go. */
    synchronized void resumed() {
        if (wanted && !joined && !handshakes.entering()) {
            joined = true;
            RoomSnapshot snapshot = snapshot();
            notifier.post(l -> l.roomChanged(snapshot));
        }
    }

    /** A new stream: the room no longer has us (§7.2 again); who is there comes with the rejoin. */
    synchronized void newStream() {
        joined = false;
        occupants.clear();
    }

    /** The account went away: the room with it. */
    synchronized void accountGone() {
        boolean was = joined;
        joined = false;
        wanted = false;
        occupants.clear();
        handshakes.accountGone();
        if (was) {
            RoomEvent why = new RoomEvent(id, RoomEvent.Kind.LEFT, nick, Optional.empty(), Optional.empty(),
                    Optional.empty(), Instant.now());
            notifier.post(l -> l.roomLeft(id, why));
        }
    }

    synchronized List<RoomEntry> transcript() {
        return conversation.entries();
    }

    /** @return when the newest room message we hold was sent (a rejoin asks for history since then) */
    synchronized Optional<java.time.Instant> newestMessageTime() {
        return conversation.newestMessageTime();
    }

    /** @return the archive id of the oldest message held (the archive is asked for older ones) */
    synchronized Optional<String> oldestArchiveId() {
        return conversation.oldestArchiveId();
    }

    synchronized RoomSnapshot snapshot() {
        Optional<Occupant> self = Optional.ofNullable(occupants.get(nick));
        return new RoomSnapshot(id, nick, self.map(Occupant::role).orElse(Role.NONE),
                self.map(Occupant::affiliation).orElse(Affiliation.NONE), conversation.subject(),
                new ArrayList<>(occupants.values()), joined);
    }

    synchronized Optional<String> realJid(String occupantNick) {
        return Optional.ofNullable(occupants.get(occupantNick)).flatMap(Occupant::realJid);
    }

    /** An error presence: our entry or nickname change was refused (§7.2.6–§7.2.11, §7.6). */
    synchronized void presenceError(Presence presence) {
        handshakes.refused(presence);
    }

    /** An occupant's presence. */
    synchronized void presence(Presence presence) {
        OccupantPresence read = OccupantPresence.read(id, presence,
                Optional.ofNullable(occupants.get(presence.getFrom().getResourceOrEmpty().toString())), nick,
                renamedTo, Instant.now());
        String from = presence.getFrom().getResourceOrEmpty().toString();
        read.newNick().ifPresent(renamedTo::add);
        renamedTo.remove(from);
        read.occupant().ifPresentOrElse(o -> occupants.put(from, o), () -> occupants.remove(from));
        if (read.self() && read.occupant().isPresent()) {
            selfAvailable(from, read);
            return;
        }
        if (read.self() && read.newNick().isPresent()) {
            // Our own rename (§7.6.3): the available presence under the new nickname follows.
            nick = read.newNick().get();
            record(read.events());
            return;
        }
        if (read.self()) {
            selfGone(read);
            return;
        }
        if (joined) {
            record(read.events());
            RoomSnapshot snapshot = snapshot();
            notifier.post(l -> l.roomChanged(snapshot));
        }
    }

    private void selfAvailable(String from, OccupantPresence read) {
        nick = from;
        Optional<Entry> entered = handshakes.entered();
        if (entered.isPresent()) {
            Entry done = entered.get();
            joined = true;
            wanted = true;
            RoomSnapshot snapshot = snapshot();
            if (done.mode() == Mode.JOIN && read.created()) {
                // We made the room by entering it: it stays locked until configured (§10.1.1),
                // which a plain join must not leave behind. The caller gives it up.
                done.future().completeExceptionally(new MucException(MucError.ROOM_LOCKED,
                        id.room() + " did not exist; entering created it locked (create it instead)"));
                return;
            }
            if (done.mode() == Mode.CREATE && !read.created()) {
                done.future().completeExceptionally(new MucException(MucError.NOT_ALLOWED,
                        id.room() + " exists already"));
                return;
            }
            notifier.post(l -> l.roomJoined(snapshot));
            done.future().complete(snapshot);
            return;
        }
        handshakes.renamed();
        record(read.events());
        RoomSnapshot snapshot = snapshot();
        notifier.post(l -> l.roomChanged(snapshot));
    }

    private void selfGone(OccupantPresence read) {
        boolean wasJoined = joined;
        joined = false;
        occupants.clear();
        RoomEvent why = read.events().isEmpty()
                ? new RoomEvent(id, RoomEvent.Kind.LEFT, nick, Optional.empty(), Optional.empty(), Optional.empty(),
                        Instant.now())
                : read.events().get(0);
        if (why.kind() != RoomEvent.Kind.LEFT) {
            // Kicked, banned, removed or the room destroyed: not rejoined (§8.2, §9.1, §10.9).
            wanted = false;
        }
        handshakes.left();
        if (wasJoined) {
            record(List.of(why));
            notifier.post(l -> l.roomLeft(id, why));
        }
    }

    /** Adds events to the conversation and tells the listeners. */
    synchronized void record(List<RoomEvent> events) {
        conversation.record(events);
    }

    /** A message from the room or one of its occupants. */
    synchronized void message(Message message) {
        if (conversation.message(message, nick, this::realJid)) {
            RoomSnapshot snapshot = snapshot();
            notifier.post(l -> l.roomChanged(snapshot));
        }
    }

    /** Adds a message (ours as sent, or received) unless the transcript has it already. */
    synchronized void add(RoomMessage message) {
        conversation.add(message);
    }

    /** @return the archived messages not already here, added to the transcript */
    synchronized List<RoomMessage> addArchived(List<RoomMessage> fetched) {
        return conversation.addArchived(fetched);
    }
}
