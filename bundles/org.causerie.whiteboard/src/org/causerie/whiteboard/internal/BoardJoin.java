package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * A board's joining (XEP-0284 §8; docs/whiteboard.md, Persistence: Joining): accept
 * the first state offer and collect its state; meanwhile read the stored snapshot;
 * with no offer (alone, or none within {@value #OFFER_WAIT_MS} ms) start from the
 * snapshot, or empty, plus what the room's archive holds after it ({@link BoardArchive}).
 * Guarded by the board's lock (the timers and the archive's answer take it).
 */
final class BoardJoin {

    private static final Logger LOG = System.getLogger(BoardJoin.class.getName());

    /** How long a joiner waits for a state offer before starting without one. */
    static final long OFFER_WAIT_MS = 3_000;
    /** How long an accepted state may take to arrive. */
    static final long STATE_WAIT_MS = 30_000;

    /**
     * How a join ends, on the board.
     *
     * @param finish the state (offered or stored) arrived: apply it, then the elements recovered from the
     *        room's archive (the second argument), then what was kept and is not among them
     * @param finishEmpty nothing to start from (why): an empty board, then what was kept
     * @param loadedFromStore the stored snapshot was applied (it holds that many records)
     * @param fail the join failed (why)
     * @param stream where an offered state's records go as they arrive (applied at once)
     * @param reference reads the stored snapshot a state names instead of records (the sender, the
     *        reference), then calls {@link BoardJoin#referenceRead}; null when the board keeps no snapshot
     */
    record Ends(BiConsumer<Joining.Done, List<Joining.Kept>> finish,
            BiConsumer<String, List<Joining.Kept>> finishEmpty, IntConsumer loadedFromStore, Consumer<String> fail,
            Joining.StateSink stream, BiConsumer<String, StateItem.Stored> reference) {
    }

    /**
     * Whether a joiner asks for a state that names the stored snapshot (system property
     * {@code causerie.whiteboard.storedState}, default true; docs/whiteboard.md).
     */
    static final boolean ASK_STORED = !"false".equals(System.getProperty("causerie.whiteboard.storedState"));

    private final BoardId id;
    private final Channel channel;
    private final ScheduledExecutorService timer;
    private final Object lock;
    private final Ends ends;
    private final BoardArchive archive;
    private Joining joining;
    private boolean transferring;
    private boolean waited;
    private boolean storeAnswered;
    private Optional<StoredState> stored = Optional.empty();
    private boolean storing;
    private boolean recovering;
    private Optional<List<Joining.Kept>> recovered = Optional.empty();

    BoardJoin(BoardId id, Channel channel, ScheduledExecutorService timer, Object lock, Ends ends,
            BoardArchive archive) {
        this.id = id;
        this.channel = channel;
        this.timer = timer;
        this.lock = lock;
        this.ends = ends;
        this.archive = archive;
    }

    /**
     * Connects to the session (§7) and waits for an offer.
     *
     * @param storing whether a stored snapshot is being read ({@link #storeAnswered} follows)
     */
    void start(boolean storing) {
        joining = new Joining(50_000, 2_000_000);
        transferring = false;
        waited = false;
        storeAnswered = !storing;
        this.storing = storing;
        stored = Optional.empty();
        recovering = false;
        recovered = Optional.empty();
        channel.broadcast(new SxeElement(id.session(), Board.newId(), new SxePayload.Connect()));
        if (channel.others().isEmpty()) {
            waited = true;
            fallBack("nobody else is here");
            return;
        }
        timer.schedule(this::offerTimeout, OFFER_WAIT_MS, TimeUnit.MILLISECONDS);
    }

    /** @return whether the board waits for the stored snapshot a state named */
    boolean reading(StateItem.Stored reference) {
        return joining != null && joining.referencedSnapshot().equals(Optional.of(reference));
    }

    /** @return whether the board is joining and has accepted no offer (it may still start from the snapshot) */
    boolean waitingForOffer() {
        return joining != null && joining.acceptedFrom().isEmpty();
    }

    /** @return whether the board is joining */
    boolean active() {
        return joining != null;
    }

    /** Stops joining (the board ended or synced). */
    void stop() {
        joining = null;
    }

    private void offerTimeout() {
        synchronized (lock) {
            if (waitingForOffer()) {
                waited = true;
                fallBack("no state offer within " + OFFER_WAIT_MS + " ms");
            }
        }
    }

    /** The stored snapshot was read: there is one (checked), or none. */
    void storeAnswered(Optional<StoredState> snapshot) {
        storeAnswered = true;
        stored = snapshot;
        fallBack("no state offer and nothing stored");
    }

    /**
     * Nobody offers the state: once the stored snapshot is known, read the room's archive
     * after it (or from its beginning without one), then start from the snapshot, or empty,
     * with the archived elements and then the kept ones not among them (a live element is
     * archived too: the same stanza-id is applied once). An offer accepted meanwhile wins.
     */
    private void fallBack(String why) {
        if (joining == null || joining.acceptedFrom().isPresent() || !waited || !storeAnswered || recovering) {
            return;
        }
        if (storing && recovered.isEmpty()) {
            recovering = true;
            Joining asked = joining;
            archive.recover(stored.isPresent()).whenComplete((elements, failure) -> {
                synchronized (lock) {
                    if (joining != asked) {
                        return;
                    }
                    recovering = false;
                    recovered = Optional.of(failure == null ? elements : List.of());
                    if (failure != null) {
                        LOG.log(Level.WARNING, () -> id + ": recovering from the archive failed", failure);
                    }
                    fallBack(why);
                }
            });
            return;
        }
        List<Joining.Kept> fromArchive = recovered.orElse(List.of());
        Set<String> archived = fromArchive.stream().map(Joining.Kept::archiveId).collect(Collectors.toSet());
        if (stored.isPresent()) {
            StoredState s = stored.get();
            Joining.Done done = joining.fromSnapshot(s.sender(), s.records(), s.end());
            joining = null;
            // Before the rest is applied: what the archive and the room add is not in the stored snapshot.
            ends.loadedFromStore().accept(s.records().size());
            ends.finish().accept(new Joining.Done(done.stateSender(), done.state(), notIn(done.after(), archived)),
                    fromArchive);
        } else if (!fromArchive.isEmpty()) {
            List<Joining.Kept> kept = notIn(joining.keptSoFar(), archived);
            joining = null;
            ends.finish().accept(new Joining.Done("", List.of(), kept), fromArchive);
        } else {
            List<Joining.Kept> kept = joining.keptSoFar();
            joining = null;
            ends.finishEmpty().accept(why, kept);
        }
    }

    /** @return the kept elements the archive did not give already */
    private static List<Joining.Kept> notIn(List<Joining.Kept> kept, Set<String> archived) {
        List<Joining.Kept> out = new ArrayList<>(kept.size());
        for (Joining.Kept k : kept) {
            if (k.archiveId().isEmpty() || !archived.contains(k.archiveId())) {
                out.add(k);
            }
        }
        return out;
    }

    /** Someone offers the state: the first is accepted, the others refused. */
    void offered(String from) {
        if (joining == null) {
            return;
        }
        boolean accept = joining.offer(from);
        channel.direct(from, new SxeElement(id.session(), Board.newId(),
                accept ? new SxePayload.AcceptState(ASK_STORED && ends.reference() != null)
                        : new SxePayload.RefuseState()));
        if (accept) {
            timer.schedule(this::stateTimeout, STATE_WAIT_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void stateTimeout() {
        synchronized (lock) {
            if (joining != null) {
                ends.fail().accept("the state did not arrive within " + STATE_WAIT_MS + " ms");
            }
        }
    }

    /**
     * Takes an element of records while joining: part of the accepted state (privately,
     * from the accepted sender, starting with {@code document-begin}), or kept for after it.
     */
    void state(String from, String elementId, List<StateItem> items, boolean own, boolean privately,
            String archiveId) {
        boolean begins = items.stream().anyMatch(i -> i instanceof StateItem.DocumentBegin);
        if (joining.acceptedFrom().filter(from::equals).isPresent() && (transferring || begins)
                && (privately || id.kind() == BoardId.Kind.DIRECT)) {
            transferring = true;
            Optional<Joining.Done> done = joining.state(from, items, ends.stream());
            if (done.isPresent() && done.get().stored().isPresent() && ends.reference() != null) {
                // Joined once the snapshot is read; what the room sends meanwhile is kept for after it.
                transferring = false;
                ends.reference().accept(from, done.get().stored().get());
            } else if (done.isPresent()) {
                joining = null;
                ends.finish().accept(done.get(), List.of());
            }
            return;
        }
        joining.keep(new Joining.Kept(from, elementId, records(items), own, archiveId));
    }

    /**
     * The stored snapshot the accepted state named was read: its records and {@code document-end}, or
     * why it cannot be used. Used, it is the state; else the sender is asked for the state with its
     * records (a plain {@code accept-state}).
     *
     * @param reference the reference it was read for (an answer to an older one is ignored)
     */
    void referenceRead(StateItem.Stored reference, StoredBoard.Read read) {
        if (!reading(reference)) {
            return;
        }
        Optional<StateItem.DocumentEnd> end = joining.referencedEnd();
        Optional<StoredBoard.Decoded> snapshot = read.snapshot();
        if (snapshot.isPresent() && end.equals(Optional.of(snapshot.get().end()))) {
            Joining.Done done = joining.referenced(snapshot.get().records());
            joining = null;
            ends.finish().accept(done, List.of());
            return;
        }
        String why = snapshot.map(s -> "it ends at " + s.end() + ", the state at " + end.orElse(null))
                .orElse(read.refusal());
        LOG.log(Level.INFO, () -> id + ": the stored snapshot the state names cannot be used (" + why
                + "): asking for the state itself");
        String from = joining.acceptedFrom().orElseThrow();
        joining.again();
        channel.direct(from, new SxeElement(id.session(), Board.newId(), new SxePayload.AcceptState(false)));
    }

    /** @return the records among state items */
    static List<SxeRecord> records(List<StateItem> items) {
        return items.stream().filter(SxeRecord.class::isInstance).map(SxeRecord.class::cast).toList();
    }
}
