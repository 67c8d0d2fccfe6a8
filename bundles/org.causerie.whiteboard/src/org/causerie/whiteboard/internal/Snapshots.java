package org.causerie.whiteboard.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where a room board's snapshot is kept (a publish-subscribe node). Both calls
 * go to the network and complete on a store thread; a server without a
 * publish-subscribe service fails them with {@link Unavailable}.
 */
interface Snapshots {

    /** @return the stored snapshot's XML, empty when nothing is stored */
    CompletableFuture<Optional<String>> load();

    /** Replaces the stored snapshot. */
    CompletableFuture<Void> store(String itemId, String xml);

    /** No publish-subscribe service: nothing is persisted. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why);
        }
    }

    /** @return snapshots that are never kept, for the reason given */
    static Snapshots none(String why) {
        return new Snapshots() {
            @Override
            public CompletableFuture<Optional<String>> load() {
                return CompletableFuture.failedFuture(new Unavailable(why));
            }

            @Override
            public CompletableFuture<Void> store(String itemId, String xml) {
                return CompletableFuture.failedFuture(new Unavailable(why));
            }
        };
    }
}
