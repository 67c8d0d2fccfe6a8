package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.StateWriter;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.causerie.whiteboard.internal.sxe.StateElements;
import org.causerie.whiteboard.internal.sxe.SxeProvider;

/**
 * A state transfer (XEP-0284 §8.4) cut into elements that fit a stanza: the
 * confirmed board as records, {@code document-begin} first and
 * {@code document-end} (naming the last element applied) last. Each element is
 * written and handed over as soon as it is full, while the rest of the board is still
 * read, so sending starts at once rather than after the whole board was turned into
 * records ({@link StateElements}).
 */
final class StateChunks {

    /**
     * Items per element, at most (system property {@code causerie.whiteboard.stateItems}); every
     * Causerie reader takes up to {@link org.causerie.whiteboard.internal.sxe.SxeProvider#MAX_ITEMS}.
     * Elements of 2,000 items (200,000 bytes) were measured slower than 400: the server forwards a
     * stanza only once it has all of it, and a joiner applies an element only once it is parsed, so
     * big elements pipeline worse (docs/whiteboard.md).
     */
    static final int ITEMS = Math.max(1, Math.min(SxeProvider.MAX_ITEMS,
            Integer.getInteger("causerie.whiteboard.stateItems", 400)));
    /**
     * UTF-8 bytes of the items of one element, at most (system property
     * {@code causerie.whiteboard.stateBytes}; at most 240,000): with the stanza around them, well
     * under the 256 KiB that ejabberd's example configuration and Prosody allow a client's stanza.
     */
    static final int BYTES = Math.max(1_000, Math.min(240_000,
            Integer.getInteger("causerie.whiteboard.stateBytes", 60_000)));

    private StateChunks() {
    }

    /** @return the state's elements, in order */
    static List<SxeElement> of(String session, Replica replica, UnaryOperator<String> qualify) {
        List<SxeElement> out = new ArrayList<>();
        send(session, replica, qualify, out::add);
        return out;
    }

    /** @return the {@code document-end} of a state's elements (the last item of the last one) */
    static StateItem.DocumentEnd end(List<SxeElement> chunks) {
        if (!chunks.isEmpty() && chunks.getLast().payload() instanceof SxePayload.State s && !s.items().isEmpty()
                && s.items().getLast() instanceof StateItem.DocumentEnd end) {
            return end;
        }
        throw new IllegalArgumentException("not a state transfer's elements");
    }

    /** Gives the state's elements in order, each as soon as it is cut. */
    static void send(String session, Replica replica, UnaryOperator<String> qualify, Consumer<SxeElement> out) {
        StateElements cutter = new StateElements(session, Board::newId, ITEMS, BYTES, out);
        cutter.add(new StateItem.DocumentBegin(StateWriter.PROLOG));
        replica.confirmed(doc -> {
            StateWriter.records(doc, cutter::add);
            return null;
        });
        Optional<Replica.Marker> last = replica.lastConfirmed();
        cutter.add(new StateItem.DocumentEnd(last.map(m -> qualify.apply(m.sender())).orElse(""),
                last.map(Replica.Marker::id).orElse("")));
        cutter.flush();
    }
}
