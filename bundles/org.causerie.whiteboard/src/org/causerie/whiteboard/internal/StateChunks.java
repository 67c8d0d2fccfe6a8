package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.StateWriter;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * A state transfer (XEP-0284 §8.4) cut into elements that fit a stanza: the
 * confirmed board as records, {@code document-begin} first and
 * {@code document-end} (naming the last element applied) last. Each element is
 * handed over as soon as it is full, while the rest of the board is still read,
 * so sending starts at once rather than after the whole board was turned into records.
 */
final class StateChunks {

    /** Items per element. */
    static final int ITEMS = 400;
    /** Characters of record attributes per element, well under ejabberd's default stanza limit (256 KiB). */
    static final int CHARS = 60_000;

    private StateChunks() {
    }

    /** @return the state's elements, in order */
    static List<SxeElement> of(String session, Replica replica, UnaryOperator<String> qualify) {
        List<SxeElement> out = new ArrayList<>();
        send(session, replica, qualify, out::add);
        return out;
    }

    /** Gives the state's elements in order, each as soon as it is cut. */
    static void send(String session, Replica replica, UnaryOperator<String> qualify, Consumer<SxeElement> out) {
        Cutter cutter = new Cutter(session, out);
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

    /** Collects items into elements of at most {@link #ITEMS} items and about {@link #CHARS} characters. */
    private static final class Cutter {
        private final String session;
        private final Consumer<SxeElement> out;
        private List<StateItem> chunk = new ArrayList<>();
        private int chars;

        Cutter(String session, Consumer<SxeElement> out) {
            this.session = session;
            this.out = out;
        }

        void add(StateItem item) {
            int size = item instanceof SxeRecord r ? r.size() + 64 : 512;
            if (!chunk.isEmpty() && (chunk.size() >= ITEMS || chars + size > CHARS)) {
                flush();
            }
            chunk.add(item);
            chars += size;
        }

        void flush() {
            if (!chunk.isEmpty()) {
                out.accept(new SxeElement(session, Board.newId(), new SxePayload.State(chunk)));
                chunk = new ArrayList<>();
                chars = 0;
            }
        }
    }
}
