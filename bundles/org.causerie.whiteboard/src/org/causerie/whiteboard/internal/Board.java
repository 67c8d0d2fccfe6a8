package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardException;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.RecordIds;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.JingleSxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * One board's session (XEP-0284 §7–§9): joining (connect, accept the first offer,
 * collect the state), offering and sending the state to joiners, applying the
 * session's records in order, and the user's edits. Called on Smack's ordered
 * listener thread and by the API; everything happens under the board's lock;
 * listeners are told through the {@link Notifier}.
 */
final class Board {

    private static final Logger LOG = System.getLogger(Board.class.getName());

    private final BoardId id;
    private final Channel channel;
    private final Notifier notifier;
    private final BoardModel model;
    private final RateLimiter limiter;
    private final Participants participants;
    private final CompletableFuture<BoardSnapshot> synced = new CompletableFuture<>();
    private SyncState state = SyncState.JOINING;
    private final BoardJoin joining;
    private final WhiteboardLimits limits;
    private final Optional<BoardStore> store;
    private final Storage.Bounds bounds;
    private final BoardArchive archive;

    /**
     * @param snapshots where the board's snapshot is kept (rooms), or empty
     * @param bounds what a snapshot read or written may weigh
     * @param archive the room's archive as the board uses it
     */
    Board(BoardId id, Channel channel, WhiteboardLimits limits, Notifier notifier, ScheduledExecutorService timer,
            Optional<Snapshots> snapshots, Storage.Bounds bounds, BoardArchive archive) {
        this.id = id;
        this.channel = channel;
        this.notifier = notifier;
        this.limits = limits;
        this.bounds = bounds;
        this.archive = archive;
        this.store = snapshots.map(s -> new BoardStore(id, s, notifier, timer));
        this.model = new BoardModel(new SvgPolicy(limits), channel.self(), RecordIds.random(new SecureRandom()));
        this.limiter = new RateLimiter(limits.recordsPerSecond(), limits.burst(), System::nanoTime);
        this.participants = new Participants(channel);
        this.joining = new BoardJoin(id, channel, timer, this, new BoardJoin.Ends(this::finish, this::finishEmpty,
                records -> store.ifPresent(b -> b.loaded(model.replica().lastConfirmed(), records)), this::end,
                new StreamedState(model, this::refused, this::showPartial, System::nanoTime)), archive);
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    BoardId id() {
        return id;
    }

    /** @return whether we host this (one-to-one) session */
    boolean hosted() {
        return channel.orders();
    }

    CompletableFuture<BoardSnapshot> synced() {
        return synced;
    }

    /** Starts as the session's first member or host: the board is complete (empty) at once. */
    synchronized void startSynced() {
        becomeSynced();
    }

    /**
     * Connects to the session (§7), waits for a state offer (§8) and meanwhile
     * reads the stored snapshot: an offered state wins (it is newer); without
     * one (alone, or nobody offers within the wait) the board starts from the
     * snapshot, or empty when there is none.
     */
    synchronized void join() {
        state = SyncState.JOINING;
        String self = channel.self();
        joining.start(store.isPresent());
        store.ifPresent(s -> s.load(stored -> StoredState.check(archive.noting(stored), id.session(), bounds, limits,
                self))
                .thenAccept(this::storeAnswered));
    }

    private synchronized void storeAnswered(Optional<StoredState> snapshot) {
        joining.storeAnswered(snapshot);
    }

    private void finishEmpty(String why, List<Joining.Kept> kept) {
        LOG.log(Level.INFO, () -> id + ": starting from an empty board: " + why);
        becomeSynced();
        kept.forEach(k -> apply(k.sender(), k.id(), k.records(), false, k.archiveId(), true));
        changed();
    }

    /**
     * @param from the sender as the session names it (room nickname, or full JID one-to-one)
     * @param own whether it is our own element coming back from the room
     * @param privately whether it came to us alone (not to the whole room)
     * @param archiveId the id the room's archive gave it (XEP-0359 stanza-id), or ""
     */
    synchronized void handle(String from, SxeElement element, boolean own, boolean privately, String archiveId) {
        if (!element.refused().isEmpty()) {
            LOG.log(Level.WARNING, () -> id + ": from " + from + ", left out: " + element.refused());
            notifier.post(l -> l.recordsRefused(id, from, String.join("; ", element.refused())));
        }
        if (state == SyncState.ENDED || own && !(element.payload() instanceof SxePayload.State)) {
            return;
        }
        boolean newcomer = !own && participants.heard(from);
        switch (element.payload()) {
            case SxePayload.Connect c -> {
                if (state == SyncState.SYNCED) {
                    channel.direct(from, new SxeElement(id.session(), newId(),
                            new SxePayload.StateOffer(List.of(JingleSxe.SVG_DESCRIPTION))));
                }
            }
            case SxePayload.StateOffer o -> joining.offered(from);
            case SxePayload.AcceptState a -> {
                if (state == SyncState.SYNCED) {
                    sendState(from);
                }
            }
            case SxePayload.State s -> state(from, element.id(), s, own, privately, archiveId);
            default -> {
            }
        }
        if (newcomer) {
            // Someone who just connected (or sent anything) takes part: shown at once,
            // not with the board's next edit.
            changed();
        }
    }

    private void state(String from, String elementId, SxePayload.State s, boolean own, boolean privately,
            String archiveId) {
        if (joining.active()) {
            joining.state(from, elementId, s.items(), own, privately, archiveId);
            return;
        }
        boolean begins = s.items().stream().anyMatch(i -> i instanceof StateItem.DocumentBegin);
        if (state == SyncState.SYNCED && !begins) {
            apply(from, elementId, BoardJoin.records(s.items()), own, archiveId, true);
            changed();
            store.ifPresent(b -> b.confirmed(participants.weWrite(), this::saveIfChanged));
        }
    }

    /** Shows the board being joined with the shapes of its state so far. */
    private void showPartial(List<Shape> shapes) {
        BoardSnapshot partial = new BoardSnapshot(id, state, shapes, participants.present(), 0, false, false);
        notifier.post(l -> l.boardChanged(partial));
    }

    /**
     * The state arrived (an offered one was applied as it came; a stored one is in {@code done}); then
     * the elements recovered from the room's archive (checked like live ones, but not rate-limited: they
     * were sent over time; part of the board the join completes with), then the kept ones.
     */
    private void finish(Joining.Done done, List<Joining.Kept> archived) {
        Replica.Report report = model.replica().history(done.stateSender(), done.state());
        refused(done.stateSender(), report);
        archived.forEach(k -> apply(k.sender(), k.id(), k.records(), false, k.archiveId(), false));
        becomeSynced();
        done.after().forEach(k -> apply(k.sender(), k.id(), k.records(), k.own(), k.archiveId(), true));
        changed();
    }

    /** @param limited whether the sender's rate limit applies (not to elements read from the archive) */
    private void apply(String from, String elementId, List<SxeRecord> records, boolean ownReflection,
            String archiveId, boolean limited) {
        boolean own = ownReflection || id.kind() == BoardId.Kind.DIRECT && !channel.orders()
                && model.replica().isPending(elementId);
        String sender = own && id.kind() == BoardId.Kind.DIRECT ? channel.self() : from;
        archive.confirmed(archiveId);
        if (!own && limited && !limiter.allow(from, Math.max(1, records.size()))) {
            String why = "more than the allowed records per second";
            LOG.log(Level.WARNING, () -> id + ": refused " + records.size() + " records from " + from + ": " + why);
            notifier.post(l -> l.recordsRefused(id, from, why));
            return;
        }
        Replica.Report report = model.replica().received(sender, elementId, records, own);
        refused(from, report);
        report.rolledBack().forEach(why -> notifier.post(l -> l.editRolledBack(id, why)));
        if (channel.orders() && !own) {
            // The host orders a one-to-one session: the other party's edit comes back to it in that order.
            channel.broadcast(new SxeElement(id.session(), elementId, new SxePayload.State(List.copyOf(records))));
        }
    }

    private void refused(String from, Replica.Report report) {
        if (!report.refused().isEmpty()) {
            LOG.log(Level.WARNING, () -> id + ": refused records from " + from + ": " + report.refused());
            notifier.post(l -> l.recordsRefused(id, from, String.join("; ", report.refused())));
        }
    }

    private void sendState(String to) {
        StateChunks.send(id.session(), model.replica(), channel::qualify, chunk -> channel.direct(to, chunk));
    }

    /** An own element the room bounced. */
    synchronized void bounced(String elementId) {
        model.replica().lost(elementId).rolledBack().forEach(why -> notifier.post(l -> l.editRolledBack(id, why)));
        changed();
    }

    synchronized Optional<String> edit(Edit edit) {
        requireSynced();
        List<BoardModel.Outgoing> out = model.edit(edit);
        send(out);
        return edit instanceof Edit.Add ? BoardModel.created(out) : Optional.empty();
    }

    synchronized BoardSnapshot editAndShow(Edit edit) {
        edit(edit);
        return snapshot();
    }

    synchronized boolean undo() {
        requireSynced();
        return send(model.undo());
    }

    synchronized boolean redo() {
        requireSynced();
        return send(model.redo());
    }

    private boolean send(List<BoardModel.Outgoing> out) {
        for (BoardModel.Outgoing o : out) {
            if (channel.orders()) {
                model.replica().received(channel.self(), o.id(), o.records(), true);
            }
            channel.broadcast(new SxeElement(id.session(), o.id(), new SxePayload.State(List.copyOf(o.records()))));
        }
        changed();
        return !out.isEmpty();
    }

    private void requireSynced() {
        if (state != SyncState.SYNCED) {
            throw new IllegalStateException("the board is " + state);
        }
    }

    private void becomeSynced() {
        state = SyncState.SYNCED;
        synced.complete(snapshot());
    }

    /** Leaves the board, writing its snapshot first when it has elements not stored yet. */
    synchronized void leave(String why) {
        saveIfChanged();
        end(why);
    }

    /** Writes the confirmed board as the stored snapshot if it changed since the last one we know of. */
    synchronized void saveIfChanged() {
        Optional<Replica.Marker> at = model.replica().lastConfirmed();
        if (state != SyncState.SYNCED || store.isEmpty() || !store.get().dirty(at)) {
            return;
        }
        store.get().write(at, archive.last(), StateChunks.of(id.session(), model.replica(), channel::qualify));
    }

    synchronized void end(String why) {
        if (state == SyncState.ENDED) {
            return;
        }
        state = SyncState.ENDED;
        joining.stop();
        synced.completeExceptionally(new WhiteboardException(why));
        changed();
    }

    synchronized BoardSnapshot snapshot() {
        return new BoardSnapshot(id, state, model.shapes(), participants.present(), model.replica().pending(), model.canUndo(),
                model.canRedo());
    }

    private void changed() {
        BoardSnapshot snapshot = snapshot();
        notifier.post(l -> l.boardChanged(snapshot));
    }
}
