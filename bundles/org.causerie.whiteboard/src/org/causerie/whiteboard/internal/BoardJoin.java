package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * A board's joining (XEP-0284 §8; docs/whiteboard.md, Persistence: Joining): accept
 * the first state offer and collect its state; meanwhile read the stored snapshot;
 * with no offer (alone, or none within {@value #OFFER_WAIT_MS} ms) start from the
 * snapshot, or empty. Guarded by the board's lock (the timers take it).
 */
final class BoardJoin {

    /** How long a joiner waits for a state offer before starting without one. */
    static final long OFFER_WAIT_MS = 3_000;
    /** How long an accepted state may take to arrive. */
    static final long STATE_WAIT_MS = 30_000;

    /**
     * How a join ends, on the board.
     *
     * @param finish the state (offered or stored) arrived: apply it, then what was kept
     * @param finishEmpty nothing to start from (why): an empty board, then what was kept
     * @param loadedFromStore the stored snapshot was applied (it holds that many records)
     * @param fail the join failed (why)
     * @param stream where an offered state's records go as they arrive (applied at once)
     */
    record Ends(Consumer<Joining.Done> finish, BiConsumer<String, List<Joining.Kept>> finishEmpty,
            IntConsumer loadedFromStore, Consumer<String> fail, Joining.StateSink stream) {
    }

    private final BoardId id;
    private final Channel channel;
    private final ScheduledExecutorService timer;
    private final Object lock;
    private final Ends ends;
    private Joining joining;
    private boolean transferring;
    private boolean waited;
    private boolean storeAnswered;
    private Optional<StoredState> stored = Optional.empty();

    BoardJoin(BoardId id, Channel channel, ScheduledExecutorService timer, Object lock, Ends ends) {
        this.id = id;
        this.channel = channel;
        this.timer = timer;
        this.lock = lock;
        this.ends = ends;
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
        stored = Optional.empty();
        channel.broadcast(new SxeElement(id.session(), Board.newId(), new SxePayload.Connect()));
        if (channel.others().isEmpty()) {
            waited = true;
            fallBack("nobody else is here");
            return;
        }
        timer.schedule(this::offerTimeout, OFFER_WAIT_MS, TimeUnit.MILLISECONDS);
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
            if (joining != null && joining.acceptedFrom().isEmpty()) {
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

    /** Nobody offers the state: start from the stored snapshot, or empty, once both are known. */
    private void fallBack(String why) {
        if (joining == null || joining.acceptedFrom().isPresent() || !waited || !storeAnswered) {
            return;
        }
        if (stored.isPresent()) {
            StoredState s = stored.get();
            Joining.Done done = joining.fromSnapshot(s.sender(), s.records(), s.end());
            joining = null;
            ends.finish().accept(done);
            ends.loadedFromStore().accept(s.records().size());
        } else {
            List<Joining.Kept> kept = joining.keptSoFar();
            joining = null;
            ends.finishEmpty().accept(why, kept);
        }
    }

    /** Someone offers the state: the first is accepted, the others refused. */
    void offered(String from) {
        if (joining == null) {
            return;
        }
        boolean accept = joining.offer(from);
        channel.direct(from, new SxeElement(id.session(), Board.newId(),
                accept ? new SxePayload.AcceptState() : new SxePayload.RefuseState()));
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
    void state(String from, String elementId, List<StateItem> items, boolean own, boolean privately) {
        boolean begins = items.stream().anyMatch(i -> i instanceof StateItem.DocumentBegin);
        if (joining.acceptedFrom().filter(from::equals).isPresent() && (transferring || begins)
                && (privately || id.kind() == BoardId.Kind.DIRECT)) {
            transferring = true;
            Optional<Joining.Done> done = joining.state(from, items, ends.stream());
            if (done.isPresent()) {
                joining = null;
                ends.finish().accept(done.get());
            }
            return;
        }
        joining.keep(new Joining.Kept(from, elementId, records(items), own));
    }

    /** @return the records among state items */
    static List<SxeRecord> records(List<StateItem> items) {
        return items.stream().filter(SxeRecord.class::isInstance).map(SxeRecord.class::cast).toList();
    }
}
