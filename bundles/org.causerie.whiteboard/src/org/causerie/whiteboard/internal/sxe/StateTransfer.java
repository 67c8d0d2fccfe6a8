package org.causerie.whiteboard.internal.sxe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;

/**
 * The items of one stored state transfer as they are read, element by element: {@code document-begin}
 * first, then records only, {@code document-end} last. The records are collected, or handed on an
 * element's worth at a time while the rest is still read (a stored snapshot a state names is applied
 * as it is read); whether the items made one transfer is known at the end ({@link #result}).
 */
final class StateTransfer implements Consumer<List<StateItem>> {

    private static final String NOT_ONE = "not one state transfer (document-begin … document-end)";

    private final Optional<Consumer<List<SxeRecord>>> handOn;
    private final List<SxeRecord> collected = new ArrayList<>();
    private boolean begun;
    private Optional<StateItem.DocumentEnd> end = Optional.empty();
    private String wrong = "";

    /** @param handOn takes the records of each element as it is read; empty to collect them */
    StateTransfer(Optional<Consumer<List<SxeRecord>>> handOn) {
        this.handOn = handOn;
    }

    @Override
    public void accept(List<StateItem> items) {
        List<SxeRecord> records = new ArrayList<>(items.size());
        for (StateItem item : items) {
            if (!wrong.isEmpty()) {
                return;
            }
            if (end.isPresent()) {
                wrong = NOT_ONE + ": items after document-end";
                return;
            }
            switch (item) {
                case StateItem.DocumentBegin b -> wrong = begun ? "a document-begin inside the state" : "";
                case StateItem.DocumentEnd e -> end = begun ? Optional.of(e) : Optional.empty();
                case StateItem.Stored s -> wrong = "a stored reference inside the state";
                case SxeRecord r -> records.add(r);
            }
            if (!begun && wrong.isEmpty()) {
                if (!(item instanceof StateItem.DocumentBegin)) {
                    wrong = NOT_ONE;
                    return;
                }
                begun = true;
            }
        }
        if (records.isEmpty()) {
            return;
        }
        handOn.ifPresentOrElse(h -> h.accept(records), () -> collected.addAll(records));
    }

    /** @return the transfer read (its records, unless they were handed on), or why it is not one */
    StoredBoard.Read result(String session) {
        if (!wrong.isEmpty()) {
            return StoredBoard.Read.refused(wrong);
        }
        if (end.isEmpty()) {
            return StoredBoard.Read.refused(NOT_ONE);
        }
        return new StoredBoard.Read(Optional.of(new StoredBoard.Decoded(session, collected, end.get())), "");
    }
}
