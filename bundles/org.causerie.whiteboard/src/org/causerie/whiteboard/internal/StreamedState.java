package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.SxeRecord;

/**
 * An offered state applied to a board being joined as its elements arrive (docs/whiteboard.md,
 * "Applying the state as it arrives"), and the board shown meanwhile: at most every
 * {@link #PROGRESS_MS} ms, without its last shape (a state sends each element before its
 * attributes, so only the last may still lack some: shown, it would change and be painted
 * twice). Called under the board's lock.
 */
final class StreamedState implements Joining.StateSink {

    /**
     * How often a board being joined is shown while its state arrives, in ms (system property
     * {@code causerie.whiteboard.joinProgressMs}; 0 shows it only once joined).
     */
    static final long PROGRESS_MS = Long.getLong("causerie.whiteboard.joinProgressMs", 250);

    private final BoardModel model;
    private final BiConsumer<String, Replica.Report> refused;
    private final Consumer<List<Shape>> show;
    private final LongSupplier nanos;
    private long shownAt;

    /**
     * @param refused told of records refused (sender, report)
     * @param show shows the shapes so far
     */
    StreamedState(BoardModel model, BiConsumer<String, Replica.Report> refused, Consumer<List<Shape>> show,
            LongSupplier nanos) {
        this.model = model;
        this.refused = refused;
        this.show = show;
        this.nanos = nanos;
    }

    @Override
    public void begin() {
        model.replica().reset();
        shownAt = nanos.getAsLong();
    }

    /** Records of a whole state applied at a time (the board is shown between them). */
    private static final int BATCH = 4_000;

    /** Applies a whole state's records in batches, shown as it fills as when a state arrives in elements. */
    void inBatches(String sender, List<SxeRecord> records) {
        for (int from = 0; from < records.size(); from += BATCH) {
            records(sender, records.subList(from, Math.min(records.size(), from + BATCH)));
        }
    }

    @Override
    public void records(String sender, List<SxeRecord> records) {
        refused.accept(sender, model.replica().history(sender, records));
        long now = nanos.getAsLong();
        if (PROGRESS_MS > 0 && now - shownAt >= PROGRESS_MS * 1_000_000) {
            shownAt = now;
            List<Shape> shapes = model.shapes();
            show.accept(shapes.subList(0, Math.max(0, shapes.size() - 1)));
        }
    }
}
