package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.causerie.core.spi.SmackSession;
import org.causerie.muc.MucListener;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.WhiteboardException;
import org.causerie.whiteboard.WhiteboardInvitation;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.WhiteboardService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link WhiteboardService}: follows every session (a dynamic reference) with
 * an {@link AccountBoards}; the {@code <sxe/>} provider is registered with the
 * first session and removed on deactivation. Limits come from framework
 * properties {@code causerie.whiteboard.<component>} ({@link Limits}) and
 * {@link #setLimits}. Room boards are persisted through {@link PubSubSnapshots}
 * on the {@code causerie-whiteboard-store} thread.
 */
@Component(service = WhiteboardService.class, immediate = true)
public final class SmackWhiteboardService implements WhiteboardService {

    private final Map<String, SmackSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, AccountBoards> accounts = new ConcurrentHashMap<>();
    private final Notifier notifier = new Notifier();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "causerie-whiteboard-timer");
        t.setDaemon(true);
        return t;
    });
    private final MucListener rooms = new MucListener() {
        @Override
        public void roomLeft(RoomId room, RoomEvent why) {
            Optional.ofNullable(accounts.get(room.accountId())).ifPresent(a -> a.roomLeft(room));
        }
    };
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-whiteboard-store");
        t.setDaemon(true);
        return t;
    });
    private volatile WhiteboardLimits limits = WhiteboardLimits.DEFAULTS;
    private Storage storage;
    private java.util.function.BooleanSupplier archiving;
    private Providers providers;
    private boolean active;

    @Reference
    private MucService muc;

    @Activate
    synchronized void activate(BundleContext context) {
        limits = Limits.read(context::getProperty);
        providers = new Providers(limits);
        storage = new Storage(() -> context.getProperty(PubSubSnapshots.SETTING),
                () -> new Storage.Bounds(Limits.number(context::getProperty, Storage.MAX_BYTES, Storage.DEFAULT_MAX_BYTES),
                        Limits.number(context::getProperty, Storage.MAX_TOTAL_BYTES, Storage.DEFAULT_MAX_TOTAL_BYTES),
                        Limits.number(context::getProperty, Storage.MAX_PARTS, Storage.DEFAULT_MAX_PARTS)),
                io);
        archiving = () -> BoardArchive.on(context.getProperty(BoardArchive.SETTING));
        muc.addMucListener(rooms);
        active = true;
        sessions.values().forEach(this::start);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        muc.removeMucListener(rooms);
        accounts.values().forEach(AccountBoards::stop);
        accounts.clear();
        timer.shutdownNow();
        io.shutdown();
        notifier.stop();
        providers.unregister();
    }

    private void start(SmackSession session) {
        providers.register();
        AccountBoards boards = new AccountBoards(session, muc, notifier, timer, () -> limits, storage,
                archiving);
        accounts.put(session.account().id(), boards);
        boards.start();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSession(SmackSession session) {
        sessions.put(session.account().id(), session);
        if (active) {
            start(session);
        }
    }

    synchronized void removeSession(SmackSession session) {
        if (sessions.remove(session.account().id(), session)) {
            Optional.ofNullable(accounts.remove(session.account().id())).ifPresent(AccountBoards::stop);
        }
    }

    private Optional<AccountBoards> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    private static <T> CompletableFuture<T> notConnected(String accountId) {
        return CompletableFuture.failedFuture(new WhiteboardException("account " + accountId + " is not connected"));
    }

    private Board live(BoardId id) {
        return account(id.accountId()).flatMap(a -> a.board(id))
                .orElseThrow(() -> new IllegalArgumentException("no board " + id));
    }

    @Override
    public CompletableFuture<BoardSnapshot> openRoom(RoomId room) {
        if (muc.room(room).filter(r -> r.joined()).isEmpty()) {
            return CompletableFuture.failedFuture(new WhiteboardException("not in room " + room.room()));
        }
        return account(room.accountId()).map(a -> a.openRoom(room)).orElseGet(() -> notConnected(room.accountId()));
    }

    @Override
    public CompletableFuture<BoardSnapshot> invite(String accountId, String peerFullJid) {
        return account(accountId).map(a -> a.jingle().invite(peerFullJid)).orElseGet(() -> notConnected(accountId));
    }

    @Override
    public CompletableFuture<BoardSnapshot> accept(WhiteboardInvitation invitation) {
        return account(invitation.accountId()).map(a -> a.jingle().accept(invitation))
                .orElseGet(() -> notConnected(invitation.accountId()));
    }

    @Override
    public CompletableFuture<Void> decline(WhiteboardInvitation invitation) {
        return account(invitation.accountId()).map(a -> a.jingle().decline(invitation))
                .orElseGet(() -> notConnected(invitation.accountId()));
    }

    @Override
    public List<WhiteboardInvitation> invitations() {
        List<WhiteboardInvitation> all = new ArrayList<>();
        accounts.values().forEach(a -> all.addAll(a.jingle().invitations()));
        return all;
    }

    @Override
    public Optional<BoardSnapshot> board(BoardId board) {
        return account(board.accountId()).flatMap(a -> a.board(board)).map(Board::snapshot);
    }

    @Override
    public List<BoardSnapshot> boards() {
        List<BoardSnapshot> all = new ArrayList<>();
        accounts.values().forEach(a -> a.boards().forEach(b -> all.add(b.snapshot())));
        return all;
    }

    @Override
    public Optional<String> edit(BoardId board, Edit edit) {
        return live(board).edit(edit);
    }

    @Override
    public BoardSnapshot editAndShow(BoardId board, Edit edit) {
        return live(board).editAndShow(edit);
    }

    @Override
    public boolean undo(BoardId board) {
        return live(board).undo();
    }

    @Override
    public boolean redo(BoardId board) {
        return live(board).redo();
    }

    @Override
    public void close(BoardId board) {
        account(board.accountId()).ifPresent(a -> {
            a.board(board).filter(b -> board.kind() == BoardId.Kind.DIRECT)
                    .ifPresent(b -> a.jingle().end(board, b.hosted()));
            a.close(board, "closed");
        });
    }

    @Override
    public WhiteboardLimits limits() {
        return limits;
    }

    @Override
    public synchronized void setLimits(WhiteboardLimits value) {
        limits = java.util.Objects.requireNonNull(value);
        if (providers != null) {
            providers.limits(value);
        }
    }

    @Override
    public void addBoardListener(BoardListener listener) {
        notifier.add(listener);
    }

    @Override
    public void removeBoardListener(BoardListener listener) {
        notifier.remove(listener);
    }
}
