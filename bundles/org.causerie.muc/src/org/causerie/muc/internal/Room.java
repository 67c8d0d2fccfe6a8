package org.causerie.muc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.Payload;
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
 * are told through the {@link Notifier} in the same order.
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
    private final Map<String, CompletableFuture<Void>> sends = new HashMap<>();
    private final Transcript transcript = new Transcript();
    private String nick = "";
    private Optional<String> password = Optional.empty();
    private Optional<String> subject = Optional.empty();
    private boolean joined;
    private boolean wanted;
    private Entry entry;
    private CompletableFuture<Void> leaving;
    private CompletableFuture<Void> renaming;
    /** The payloads plugins asked to keep (a message carrying one needs no body). */
    private final SmackPayloads payloads;

    Room(RoomId id, Notifier notifier, SmackPayloads payloads) {
        this.id = id;
        this.notifier = notifier;
        this.payloads = payloads;
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
        return entry != null;
    }

    /** Starts an entry; the caller then sends the presence. */
    synchronized Entry enter(Mode mode, String requestedNick, Optional<String> roomPassword) {
        if (entry != null) {
            entry.future().completeExceptionally(new MucException(MucError.OTHER, "superseded by a new attempt"));
        }
        entry = new Entry(new CompletableFuture<>(), mode, requestedNick);
        nick = requestedNick;
        password = roomPassword;
        renamedTo.clear();
        return entry;
    }

    /** An entry ended without our presence (error, timeout): forget it. */
    synchronized void entryFailed(Entry failed) {
        if (entry == failed) {
            entry = null;
        }
    }

    synchronized CompletableFuture<Void> startLeaving() {
        wanted = false;
        if (!joined) {
            return CompletableFuture.completedFuture(null);
        }
        leaving = new CompletableFuture<>();
        return leaving;
    }

    synchronized CompletableFuture<Void> startRenaming() {
        renaming = new CompletableFuture<>();
        return renaming;
    }

    synchronized CompletableFuture<Void> expectReflection(String stanzaId) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        sends.put(stanzaId, sent);
        sent.whenComplete((v, e) -> forget(stanzaId));
        return sent;
    }

    private synchronized void forget(String stanzaId) {
        sends.remove(stanzaId);
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
        if (wanted && !joined && entry == null) {
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
        if (entry != null) {
            entry.future().completeExceptionally(new MucException(MucError.NOT_CONNECTED, "the account disconnected"));
            entry = null;
        }
        if (was) {
            RoomEvent why = new RoomEvent(id, RoomEvent.Kind.LEFT, nick, Optional.empty(), Optional.empty(),
                    Optional.empty(), Instant.now());
            notifier.post(l -> l.roomLeft(id, why));
        }
    }

    synchronized List<RoomEntry> transcript() {
        return transcript.entries();
    }

    /** @return when the newest room message we hold was sent (a rejoin asks for history since then) */
    synchronized Optional<java.time.Instant> newestMessageTime() {
        return transcript.newestMessage().map(RoomMessage::timestamp);
    }

    /** @return the archive id of the oldest message held (the archive is asked for older ones) */
    synchronized Optional<String> oldestArchiveId() {
        return transcript.oldestArchiveId();
    }

    synchronized RoomSnapshot snapshot() {
        Optional<Occupant> self = Optional.ofNullable(occupants.get(nick));
        return new RoomSnapshot(id, nick, self.map(Occupant::role).orElse(Role.NONE),
                self.map(Occupant::affiliation).orElse(Affiliation.NONE), subject, new ArrayList<>(occupants.values()),
                joined);
    }

    synchronized Optional<String> realJid(String occupantNick) {
        return Optional.ofNullable(occupants.get(occupantNick)).flatMap(Occupant::realJid);
    }

    /** An error presence: our entry or nickname change was refused (§7.2.6–§7.2.11, §7.6). */
    synchronized void presenceError(Presence presence) {
        if (entry != null) {
            Entry failed = entry;
            entry = null;
            failed.future().completeExceptionally(MucErrors.of(presence.getError(), MucErrors.Context.ENTER));
        } else if (renaming != null) {
            CompletableFuture<Void> failed = renaming;
            renaming = null;
            failed.completeExceptionally(MucErrors.of(presence.getError(), MucErrors.Context.NICK));
        }
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
        if (entry != null) {
            Entry done = entry;
            entry = null;
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
        if (renaming != null) {
            renaming.complete(null);
            renaming = null;
        }
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
        if (leaving != null) {
            leaving.complete(null);
            leaving = null;
        }
        if (wasJoined) {
            record(List.of(why));
            notifier.post(l -> l.roomLeft(id, why));
        }
    }

    /** Adds events to the conversation and tells the listeners. */
    synchronized void record(List<RoomEvent> events) {
        for (RoomEvent event : events) {
            transcript.append(event);
            notifier.post(l -> l.entryAdded(event));
        }
    }

    /** A message from the room or one of its occupants. */
    synchronized void message(Message message) {
        if (message.getType() == Message.Type.error) {
            CompletableFuture<Void> sent = message.getStanzaId() == null ? null : sends.get(message.getStanzaId());
            if (sent != null) {
                sent.completeExceptionally(MucErrors.of(message.getError(), MucErrors.Context.ACTION));
            }
            return;
        }
        String from = message.getFrom().getResourceOrEmpty().toString();
        if (message.getType() != Message.Type.groupchat) {
            privateMessage(message, from);
            return;
        }
        boolean own = !from.isEmpty() && from.equals(nick);
        if (own && message.getStanzaId() != null) {
            CompletableFuture<Void> sent = sends.get(message.getStanzaId());
            if (sent != null) {
                sent.complete(null);
            }
        }
        if (message.getSubject() != null && message.getBody() == null) {
            subject(message, from);
            return;
        }
        List<Payload> kept = payloads.capture(id.accountId(), message);
        if (message.getBody() == null && kept.isEmpty()) {
            return;
        }
        RoomMessage read = RoomMessages.read(id, message, RoomMessage.Source.LIVE, realJid(from), own,
                Optional.empty(), Optional.empty(), kept);
        add(read);
    }

    /** §8.1: a subject message (no body); the one sent on entry ends the history (§7.2.16). */
    private void subject(Message message, String from) {
        Optional<String> now = OccupantPresence.nonEmpty(message.getSubject());
        if (now.equals(subject)) {
            return;
        }
        subject = now;
        RoomEvent event = new RoomEvent(id, RoomEvent.Kind.SUBJECT_CHANGED, from, Optional.empty(), Optional.empty(),
                now, Instant.now());
        record(List.of(event));
        RoomSnapshot snapshot = snapshot();
        notifier.post(l -> l.roomChanged(snapshot));
    }

    /** §7.5: a private message from an occupant. */
    private void privateMessage(Message message, String from) {
        List<Payload> kept = payloads.capture(id.accountId(), message);
        if (message.getBody() == null && kept.isEmpty() || from.isEmpty()) {
            return;
        }
        RoomMessage read = RoomMessages.read(id, message, RoomMessage.Source.LIVE, realJid(from), false,
                Optional.empty(), Optional.empty(), kept);
        add(new RoomMessage(read.id(), id, from, read.realJid(), read.body(), read.timestamp(), read.source(), false,
                Optional.of(from), Optional.empty(), kept));
    }

    /** Adds a message (ours as sent, or received) unless the transcript has it already. */
    synchronized void add(RoomMessage message) {
        if (transcript.append(message)) {
            notifier.post(l -> l.entryAdded(message));
        }
    }

    /** @return the archived messages not already here, added to the transcript */
    synchronized List<RoomMessage> addArchived(List<RoomMessage> fetched) {
        List<RoomMessage> added = transcript.insertArchived(fetched);
        added.forEach(m -> notifier.post(l -> l.entryAdded(m)));
        return added;
    }
}
