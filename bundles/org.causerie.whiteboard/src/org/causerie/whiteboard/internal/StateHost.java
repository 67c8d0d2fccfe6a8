package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.StateWriter;
import org.causerie.whiteboard.internal.sxe.JingleSxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * A synced board's side of the state (XEP-0284 §8): offering it to whoever connects; sending it
 * when accepted — its records, or to a joiner that asks for it a state naming the stored snapshot
 * (docs/whiteboard.md, "A state that names the stored snapshot"); writing the snapshot when the
 * board has confirmed elements it lacks. Called under the board's lock ({@code lock}, which a
 * write's completion takes too).
 */
final class StateHost {

    private final BoardId id;
    private final Channel channel;
    private final Replica replica;
    private final Optional<BoardStore> store;
    private final BoardArchive archive;
    private final Object lock;
    private final BooleanSupplier synced;

    /** @param synced whether the board is synced (read under the lock) */
    StateHost(BoardId id, Channel channel, Replica replica, Optional<BoardStore> store, BoardArchive archive,
            Object lock, BooleanSupplier synced) {
        this.id = id;
        this.channel = channel;
        this.replica = replica;
        this.store = store;
        this.archive = archive;
        this.lock = lock;
        this.synced = synced;
    }

    /** Someone connected (§7): offer them the state. */
    void connected(String from) {
        channel.direct(from, new SxeElement(id.session(), Board.newId(),
                new SxePayload.StateOffer(List.of(JingleSxe.SVG_DESCRIPTION))));
    }

    /** Someone accepted the offer; {@code stored}: they asked for a state naming the stored snapshot. */
    void accepted(String from, boolean stored) {
        if (stored && store.isPresent()) {
            sendStored(from);
        } else {
            sendState(from);
        }
    }

    /** Writes the confirmed board as the stored snapshot if it changed since the last one we know of. */
    void saveIfChanged() {
        Optional<Replica.Marker> at = replica.lastConfirmed();
        if (store.isPresent() && store.get().dirty(at)) {
            store.get().write(at, archive.last(), StateChunks.of(id.session(), replica, channel::qualify));
        }
    }

    private void sendState(String to) {
        StateChunks.send(id.session(), replica, channel::qualify, chunk -> channel.direct(to, chunk));
    }

    /**
     * Names the stored snapshot of the confirmed board (written now unless the last write holds it);
     * sends the records when there is none.
     */
    private void sendStored(String to) {
        store.orElseThrow().reference(replica.lastConfirmed(), archive.last(),
                () -> StateChunks.of(id.session(), replica, channel::qualify)).whenComplete((ref, failure) -> {
                    synchronized (lock) {
                        if (!synced.getAsBoolean()) {
                            return;
                        }
                        if (failure != null) {
                            sendState(to);
                            return;
                        }
                        channel.direct(to, new SxeElement(id.session(), Board.newId(), new SxePayload.State(List.of(
                                new StateItem.DocumentBegin(StateWriter.PROLOG), ref.stored(), ref.end()))));
                    }
                });
    }
}
