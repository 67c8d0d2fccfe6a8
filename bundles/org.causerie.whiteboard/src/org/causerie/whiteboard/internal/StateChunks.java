package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * {@code document-end} (naming the last element applied) last.
 */
final class StateChunks {

    /** Items per element. */
    static final int ITEMS = 400;
    /** Characters of record attributes per element, well under ejabberd's default stanza limit (256 KiB). */
    static final int CHARS = 60_000;

    private StateChunks() {
    }

    static List<SxeElement> of(String session, Replica replica, UnaryOperator<String> qualify) {
        List<SxeRecord> records = replica.confirmed(StateWriter::records);
        Optional<Replica.Marker> last = replica.lastConfirmed();
        List<StateItem> items = new ArrayList<>(records.size() + 2);
        items.add(new StateItem.DocumentBegin(StateWriter.PROLOG));
        items.addAll(records);
        items.add(new StateItem.DocumentEnd(last.map(m -> qualify.apply(m.sender())).orElse(""),
                last.map(Replica.Marker::id).orElse("")));
        List<SxeElement> out = new ArrayList<>();
        List<StateItem> chunk = new ArrayList<>();
        int chars = 0;
        for (StateItem item : items) {
            int size = item instanceof SxeRecord r ? r.size() + 64 : 512;
            if (!chunk.isEmpty() && (chunk.size() >= ITEMS || chars + size > CHARS)) {
                out.add(new SxeElement(session, Board.newId(), new SxePayload.State(chunk)));
                chunk = new ArrayList<>();
                chars = 0;
            }
            chunk.add(item);
            chars += size;
        }
        out.add(new SxeElement(session, Board.newId(), new SxePayload.State(chunk)));
        return out;
    }
}
