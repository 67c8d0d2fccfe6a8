package org.causerie.whiteboard.internal;

import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The settings and thread of persistence: the setting naming the
 * publish-subscribe service ({@link PubSubSnapshots#SETTING}), the largest
 * snapshot read or written ({@code causerie.whiteboard.maxSnapshotBytes},
 * default {@link #DEFAULT_MAX_BYTES}), both read when a board opens, and the
 * executor the blocking calls run on.
 */
record Storage(Supplier<String> service, IntSupplier maxBytes, Executor io) {

    static final String MAX_BYTES = "causerie.whiteboard.maxSnapshotBytes";
    /** Under ejabberd's default item size limit (max_payload_size, 250,000 bytes). */
    static final int DEFAULT_MAX_BYTES = 240_000;
}
