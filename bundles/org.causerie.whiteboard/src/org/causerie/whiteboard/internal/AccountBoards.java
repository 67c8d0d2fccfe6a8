package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.causerie.core.spi.SmackSession;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jxmpp.jid.Jid;

/**
 * The boards of one session: routes {@code <sxe/>} messages to their board on
 * Smack's ordered listener thread (a room's groupchat in the room's order;
 * private messages from occupants; one-to-one messages), and bounced ones back
 * to the board that sent them. The Jingle side is {@link JingleSessions}.
 */
final class AccountBoards {

    private final SmackSession session;
    private final MucService muc;
    private final Notifier notifier;
    private final ScheduledExecutorService timer;
    private final Supplier<WhiteboardLimits> limits;
    private final Map<BoardId, Board> boards = new ConcurrentHashMap<>();
    private final StanzaListener listener = this::received;
    private final StanzaFilter filter = s -> s instanceof Message m && SxeElement.from(m).isPresent();
    private final JingleSessions jingle;
    private final PubSubSnapshots snapshots;
    private final Supplier<Storage.Bounds> bounds;
    private final BooleanSupplier archiving;
    private final Executor io;

    /** @param archiving whether room boards use the room's archive ({@link BoardArchive#SETTING}), read per board */
    AccountBoards(SmackSession session, MucService muc, Notifier notifier, ScheduledExecutorService timer,
            Supplier<WhiteboardLimits> limits, Storage storage, BooleanSupplier archiving) {
        this.session = session;
        this.snapshots = new PubSubSnapshots(session, storage.service(), storage.io());
        this.bounds = storage.bounds();
        this.archiving = archiving;
        this.io = storage.io();
        this.muc = muc;
        this.notifier = notifier;
        this.timer = timer;
        this.limits = limits;
        this.jingle = new JingleSessions(this, session, notifier);
    }

    String accountId() {
        return session.account().id();
    }

    void start() {
        session.connection().addSyncStanzaListener(listener, filter);
        jingle.start();
    }

    void stop() {
        session.connection().removeSyncStanzaListener(listener);
        jingle.stop();
        boolean connected = session.connection().isConnected();
        // Still connected (the service goes away): write what is not stored yet; otherwise nothing can be written.
        boards.values().forEach(b -> {
            if (connected) {
                b.leave("the account went away");
            } else {
                b.end("the account went away");
            }
        });
        boards.clear();
    }

    JingleSessions jingle() {
        return jingle;
    }

    List<Board> boards() {
        return List.copyOf(boards.values());
    }

    Optional<Board> board(BoardId id) {
        return Optional.ofNullable(boards.get(id));
    }

    /** Opens (or returns) the board of a joined room. */
    CompletableFuture<BoardSnapshot> openRoom(RoomId room) {
        BoardId id = new BoardId(accountId(), BoardId.Kind.ROOM, room.room(), RoomSessions.sessionOf(room.room()));
        Board existing = boards.get(id);
        if (existing != null) {
            return existing.synced();
        }
        boolean archived = archiving.getAsBoolean();
        Storage.Bounds now = bounds.get();
        Board board = new Board(id, Channels.room(session, room.room(), () -> muc.room(room), archived), limits.get(),
                notifier, timer, Optional.of(snapshots.forSession(id.session(), now)), now,
                new BoardArchive(id, Optional.<Archive>of(new MamArchive(session, room.room(), io))
                        .filter(a -> archived), notifier));
        boards.put(id, board);
        board.join();
        return board.synced();
    }

    /** Starts a one-to-one board: as host (complete at once) or as the invited party (joins the host). */
    CompletableFuture<BoardSnapshot> openDirect(String peer, String sid, boolean host) {
        BoardId id = new BoardId(accountId(), BoardId.Kind.DIRECT, peer, sid);
        Board board = new Board(id, Channels.direct(session, peer, host), limits.get(), notifier, timer,
                Optional.empty(), Storage.Bounds.DEFAULTS, new BoardArchive(id, Optional.empty(), notifier));
        boards.put(id, board);
        if (host) {
            board.startSynced();
        } else {
            board.join();
        }
        return board.synced();
    }

    void close(BoardId id, String why) {
        Board board = boards.remove(id);
        if (board != null) {
            board.leave(why);
        }
    }

    /** The room was left: its boards end. */
    void roomLeft(RoomId room) {
        boards.keySet().stream().filter(id -> id.kind() == BoardId.Kind.ROOM && id.peer().equals(room.room()))
                .toList().forEach(id -> close(id, "left the room"));
    }

    private void received(Stanza stanza) {
        Message message = (Message) stanza;
        SxeElement element = SxeElement.from(message).orElseThrow();
        Jid from = message.getFrom();
        if (from == null) {
            return;
        }
        String bare = from.asBareJid().toString();
        String resource = from.getResourceOrEmpty().toString();
        if (message.getType() == Message.Type.error) {
            boards.values().stream().filter(b -> b.id().peer().equals(bare) || b.id().peer().equals(from.toString()))
                    .forEach(b -> b.bounced(message.getStanzaId() == null ? "" : message.getStanzaId()));
            return;
        }
        Board room = boards.get(new BoardId(accountId(), BoardId.Kind.ROOM, bare, element.session()));
        if (room != null && !resource.isEmpty()) {
            boolean groupchat = message.getType() == Message.Type.groupchat;
            boolean own = groupchat && muc.room(new RoomId(accountId(), bare))
                    .map(r -> r.nick().equals(resource)).orElse(false);
            room.handle(resource, element, own, !groupchat, groupchat ? BoardArchive.stanzaId(message, bare) : "");
            return;
        }
        Board direct = boards.get(new BoardId(accountId(), BoardId.Kind.DIRECT, from.toString(), element.session()));
        if (direct != null && message.getType() != Message.Type.groupchat) {
            direct.handle(from.toString(), element, false, true, "");
        }
    }
}
