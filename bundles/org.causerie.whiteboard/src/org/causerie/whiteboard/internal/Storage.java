package org.causerie.whiteboard.internal;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The settings and thread of persistence: the setting naming the
 * publish-subscribe service ({@link PubSubSnapshots#SETTING}), the snapshot's
 * bounds ({@link Bounds}), both read when a board opens, and the executor the
 * blocking calls run on.
 */
record Storage(Supplier<String> service, Supplier<Bounds> bounds, Executor io) {

    /** Largest item written or read: {@code causerie.whiteboard.maxSnapshotBytes}. */
    static final String MAX_BYTES = "causerie.whiteboard.maxSnapshotBytes";
    /** Largest snapshot, all its items together: {@code causerie.whiteboard.maxSnapshotTotalBytes}. */
    static final String MAX_TOTAL_BYTES = "causerie.whiteboard.maxSnapshotTotalBytes";
    /** Most items a snapshot is split into: {@code causerie.whiteboard.maxSnapshotParts}. */
    static final String MAX_PARTS = "causerie.whiteboard.maxSnapshotParts";
    /** Under ejabberd's default item size limit (max_payload_size, 250,000 bytes). */
    static final int DEFAULT_MAX_BYTES = 240_000;
    /**
     * The board's element limit ({@code maxElements}, 20,000) at ~710 bytes a shape (the
     * benchmark's mix, docs/whiteboard.md), with room to spare.
     */
    static final int DEFAULT_MAX_TOTAL_BYTES = 16_000_000;
    /** Parts of at least three quarters of an item carry the default total with room to spare. */
    static final int DEFAULT_MAX_PARTS = 200;

    /**
     * What a snapshot may weigh.
     *
     * @param itemBytes UTF-8 bytes of one item, at most (a part, or a snapshot of the old single-item format)
     * @param totalBytes UTF-8 bytes of all parts together, at most
     * @param parts parts, at most; the node keeps two generations and the head ({@link #nodeItems})
     */
    record Bounds(int itemBytes, int totalBytes, int parts) {

        static final Bounds DEFAULTS = new Bounds(DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_PARTS);

        /** @return the node's {@code max_items}: two generations of parts and the head */
        int nodeItems() {
            return 2 * parts + 1;
        }
    }
}
