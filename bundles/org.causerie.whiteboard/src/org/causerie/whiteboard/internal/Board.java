package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

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
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
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
    private final Delivery delivery;
    private final Participants participants;
    private final CompletableFuture<BoardSnapshot> synced = new CompletableFuture<>();
    private SyncState state = SyncState.JOINING;
    private final BoardJoin joining;
    private final WhiteboardLimits limits;
    private final Optional<BoardStore> store;
    private final Storage.Bounds bounds;
    private final BoardArchive archive;
    private final StreamedState streamed;
    private final StateHost host;
    private final ScheduledExecutorService timer;

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
        this.timer = timer;
        this.store = snapshots.map(s -> new BoardStore(id, s, notifier, timer));
        this.model = new BoardModel(new SvgPolicy(limits), channel.self(), RecordIds.random(new SecureRandom()));
        this.delivery = new Delivery(id, channel, model.replica(), archive, notifier, limits);
        this.participants = new Participants(channel);
        this.host = new StateHost(id, channel, model.replica(), store, archive, this,
                () -> state == SyncState.SYNCED);
        this.streamed = new StreamedState(model, delivery::refused, this::showPartial, System::nanoTime);
        this.joining = new BoardJoin(id, channel, timer, this, new BoardJoin.Ends(this::finish, this::finishEmpty,
                records -> store.ifPresent(b -> b.loaded(model.replica().lastConfirmed(), records)), this::end,
                streamed, store.isPresent() ? this::readReference : null), archive);
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
        store.ifPresent(s -> s.load(stored -> waitingForOffer()
                ? Optional.of(StoredState.check(archive.noting(stored), id.session(), bounds, limits, self))
                : Optional.empty()).thenAccept(this::storeAnswered));
    }

    /** @return whether the board may still start from the stored snapshot (no offer accepted yet) */
    private synchronized boolean waitingForOffer() {
        return joining.waitingForOffer();
    }

    /** Reads the stored snapshot the state accepted names, then joins from it (or asks for the state itself). */
    private void readReference(String from, StateItem.Stored reference) {
        // Applied and shown on the timer thread as the store thread reads it (two cores work), then finished there.
        Consumer<List<SxeRecord>> apply = records -> timer.execute(() -> {
            synchronized (this) {
                if (joining.reading(reference)) {
                    streamed.records(from, records);
                }
            }
        });
        store.orElseThrow().read(reference, stored -> StoredState.decode(stored, id.session(), bounds, limits,
                Optional.of(apply)))
                .whenCompleteAsync((read, failure) -> {
                    synchronized (this) {
                        joining.referenceRead(reference, failure == null ? read
                                : new StoredBoard.Read(Optional.empty(), "reading it failed: " + failure));
                    }
                }, timer);
    }

    private synchronized void storeAnswered(Optional<StoredState> snapshot) {
        joining.storeAnswered(snapshot);
    }

    private void finishEmpty(String why, List<Joining.Kept> kept) {
        LOG.log(Level.INFO, () -> id + ": starting from an empty board: " + why);
        becomeSynced();
        kept.forEach(k -> delivery.apply(k.sender(), k.id(), k.records(), false, k.archiveId(), true));
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
                    host.connected(from);
                }
            }
            case SxePayload.StateOffer o -> joining.offered(from);
            case SxePayload.AcceptState a -> {
                if (state == SyncState.SYNCED) {
                    host.accepted(from, a.stored());
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
            delivery.apply(from, elementId, BoardJoin.records(s.items()), own, archiveId, true);
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
        streamed.inBatches(done.stateSender(), done.state());
        archived.forEach(k -> delivery.apply(k.sender(), k.id(), k.records(), false, k.archiveId(), false));
        becomeSynced();
        done.after().forEach(k -> delivery.apply(k.sender(), k.id(), k.records(), k.own(), k.archiveId(), true));
        changed();
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
        store.ifPresent(BoardStore::joined);
        synced.complete(snapshot());
    }

    /** Leaves the board, writing its snapshot first when it has elements not stored yet. */
    synchronized void leave(String why) {
        saveIfChanged();
        end(why);
    }

    /** Writes the confirmed board as the stored snapshot if it changed since the last one we know of. */
    synchronized void saveIfChanged() {
        if (state == SyncState.SYNCED) {
            host.saveIfChanged();
        }
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
