package org.causerie.muc.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.muc.packet.MUCInitialPresence;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The rooms of one session: routes the rooms' stanzas to their {@link Room}
 * (on Smack's ordered listener thread), enters and leaves them, and hears
 * invitations and bookmark changes; its {@link RoomRejoins} keeps it in them
 * across streams.
 */
final class AccountRooms {

    private static final Logger LOG = System.getLogger(AccountRooms.class.getName());
    /** How long entering a room may take before the service counts as unreachable. */
    static final long ENTER_SECONDS = 30;
    /**
     * How long without an answer before the presence entering a room is sent again.
     * ejabberd drops a presence that reaches a room while its process stops (a room
     * just left by its last occupant, e.g. a locked room given up, then created at
     * once): without this the entry waited {@value #ENTER_SECONDS} s for nothing. A
     * second presence to a room that did take the first is only a presence update.
     */
    static final long RESEND_SECONDS = 3;

    private final SmackSession session;
    private final XMPPConnection connection;
    private final Notifier notifier;
    private final ExecutorService executor;
    private final RecentRooms recent;
    private final Map<RoomId, Room> rooms = new ConcurrentHashMap<>();
    private final StanzaListener stanzas = this::received;
    private volatile BookmarkStore bookmarks;
    private final SmackPayloads payloads;
    private final RoomRejoins rejoins;

    AccountRooms(SmackSession session, Notifier notifier, ExecutorService executor, RecentRooms recent,
            SmackPayloads payloads) {
        this.session = session;
        this.payloads = payloads;
        this.connection = session.connection();
        this.notifier = notifier;
        this.executor = executor;
        this.recent = recent;
        rejoins = new RoomRejoins(this, executor);
    }

    String accountId() {
        return session.account().id();
    }

    SmackSession session() {
        return session;
    }

    XMPPConnection connection() {
        return connection;
    }

    void start() {
        connection.addSyncStanzaListener(stanzas, new OrFilter(StanzaTypeFilter.PRESENCE, StanzaTypeFilter.MESSAGE));
        rejoins.start();
    }

    void stop() {
        connection.removeSyncStanzaListener(stanzas);
        rejoins.stop();
        rooms.values().forEach(Room::accountGone);
    }

    Optional<Room> room(RoomId id) {
        return Optional.ofNullable(rooms.get(id));
    }

    List<Room> rooms() {
        return List.copyOf(rooms.values());
    }

    /** @return a joined room, or a failure saying it is not */
    Room joined(RoomId id) throws MucException {
        Room room = rooms.get(id);
        if (room == null || !room.joined()) {
            throw new MucException(MucError.NOT_ALLOWED, "not in " + id.room());
        }
        return room;
    }

    /** Runs blocking Smack work on the executor; failures become {@link MucException}s. */
    <T> CompletableFuture<T> async(MucErrors.Context context, Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new CompletionException(MucErrors.of(e, context));
            }
        }, executor);
    }

    /** §7.2: sends our presence to {@code room/nick}; completes with our own presence back. */
    CompletableFuture<RoomSnapshot> enter(JoinRequest request, Room.Mode mode, Optional<Date> since) {
        EntityBareJid roomJid = Requests.bareJid(request.room().room());
        var nick = Requests.resource(request.nick());
        Room room = rooms.computeIfAbsent(request.room(), id -> new Room(id, notifier, payloads));
        if (room.joined()) {
            if (mode == Room.Mode.JOIN && room.nick().equals(request.nick())) {
                return CompletableFuture.completedFuture(room.snapshot());
            }
            return CompletableFuture.failedFuture(new MucException(MucError.NOT_ALLOWED, "already in "
                    + request.room().room() + " as " + room.nick() + " (change the nickname instead)"));
        }
        Room.Entry entry = room.enter(mode, request.nick(), request.password());
        MUCInitialPresence muc = new MUCInitialPresence(request.password().orElse(null), -1,
                request.historyMessages().orElse(-1), -1, since.orElse(null));
        EntityFullJid to = JidCreate.entityFullFrom(roomJid, nick);
        Runnable send = () -> session.send(connection.getStanzaFactory().buildPresenceStanza().to(to)
                .addExtension(muc).build());
        send.run();
        CompletableFuture.delayedExecutor(RESEND_SECONDS, TimeUnit.SECONDS, executor).execute(() -> {
            if (!entry.future().isDone()) {
                send.run();
            }
        });
        return entry.future().orTimeout(ENTER_SECONDS, TimeUnit.SECONDS)
                .handle((snapshot, failure) -> entered(request, mode, room, entry, roomJid, snapshot, failure))
                .thenCompose(f -> f);
    }

    private CompletableFuture<RoomSnapshot> entered(JoinRequest request, Room.Mode mode, Room room, Room.Entry entry,
            EntityBareJid roomJid, RoomSnapshot snapshot, Throwable failure) {
        if (failure == null) {
            recent.joined(request.room(), snapshot.nick());
            return CompletableFuture.completedFuture(snapshot);
        }
        room.entryFailed(entry);
        MucException error = MucErrors.of(failure, MucErrors.Context.ENTER);
        if (error.error() == MucError.ROOM_LOCKED || mode == Room.Mode.CREATE && error.error() == MucError.NOT_ALLOWED) {
            // We are in a room we did not mean to create, or that was there already: the
            // failure is told once we are out, so that a retry starts clean.
            return leave(room).handle((v, e) -> null).thenCompose(v -> CompletableFuture.failedFuture(error));
        }
        if (error.error() == MucError.BANNED) {
            // §7.2.7 forbidden means banned, but ejabberd also answers forbidden where it
            // refuses to create the room (§10.1.1 has not-allowed): a room that does not
            // exist cannot have banned us.
            // Likewise a server that may not reach the service (no federation) says forbidden.
            return this.<RoomSnapshot>async(MucErrors.Context.ENTER, () -> {
                if (!Discovery.isService(connection, roomJid.asDomainBareJid())) {
                    throw new MucException(MucError.SERVICE_UNREACHABLE, error.getMessage());
                }
                throw Discovery.exists(connection, roomJid) ? error
                        : new MucException(MucError.ROOM_NOT_FOUND, error.getMessage());
            });
        }
        if (error.error() == MucError.NICK_IN_USE) {
            return this.<RoomSnapshot>async(MucErrors.Context.ENTER, () -> {
                throw MucErrors.nickInUse(error, NickSuggestion.suggest(request.nick(),
                        Discovery.occupantNicks(connection, roomJid)));
            });
        }
        return CompletableFuture.failedFuture(error);
    }

    /** §7.14: an unavailable presence to {@code room/nick}. */
    CompletableFuture<Void> leave(Room room) {
        CompletableFuture<Void> left = room.startLeaving();
        if (left.isDone()) {
            return left;
        }
        try {
            session.send(connection.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.unavailable)
                    .to(JidCreate.entityFullFrom(room.id().room() + "/" + room.nick())).build());
        } catch (XmppStringprepException e) {
            return CompletableFuture.failedFuture(e);
        }
        // A room that does not answer (gone, or we were not in it after all) still counts as left.
        return left.completeOnTimeout(null, ENTER_SECONDS, TimeUnit.SECONDS);
    }

    /** XEP-0402 where the server has it, else XEP-0048 (chosen once per session). */
    /** This client is saving a bookmark (its own change notified back enters no room). */
    void bookmarkSaving(org.causerie.muc.Bookmark bookmark) {
        rejoins.saving(bookmark);
    }

    BookmarkStore bookmarks() throws Exception {
        BookmarkStore store = bookmarks;
        if (store == null) {
            Set<String> features = session.discoverFeatures(connection.getUser().asBareJid().toString())
                    .get(ENTER_SECONDS, TimeUnit.SECONDS);
            store = BookmarkStore.usePep(features) ? new PepBookmarks(connection, accountId())
                    : new PrivateBookmarks(connection, accountId());
            bookmarks = store;
        }
        return store;
    }

    /** A decline shows in the room's conversation; one for a room we left is only logged. */
    private void declined(RoomEvent event) {
        Room room = rooms.get(event.room());
        if (room != null && room.joined()) {
            room.record(List.of(event));
        } else {
            LOG.log(Level.INFO, () -> event.nick() + " declined an invitation to " + event.room().room());
        }
    }

    /** Smack's ordered listener thread: never blocks. */
    private void received(Stanza stanza) {
        try {
            if (stanza instanceof Message message) {
                Optional<RoomEvent> declined = Invitations.declined(message, accountId());
                if (declined.isPresent()) {
                    declined(declined.get());
                    return;
                }
                if (Invitations.handled(message, accountId(), connection, notifier, rejoins::bookmarksChanged)) {
                    return;
                }
            }
            if (stanza.getFrom() == null || !stanza.getFrom().hasLocalpart()) {
                return;
            }
            Room room = rooms.get(new RoomId(accountId(), stanza.getFrom().asBareJid().toString()));
            if (room == null) {
                return;
            }
            if (stanza instanceof Presence presence) {
                if (presence.getType() == Presence.Type.error) {
                    room.presenceError(presence);
                } else if (presence.getFrom().hasResource() && (presence.getType() == Presence.Type.available
                        || presence.getType() == Presence.Type.unavailable)) {
                    room.presence(presence);
                }
            } else if (stanza instanceof Message message) {
                room.message(message);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot handle a stanza from " + stanza.getFrom(), e);
        }
    }
}
