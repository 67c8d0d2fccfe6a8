package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.causerie.whiteboard.internal.sxe.SxeElement;

/**
 * Where a room board's snapshot is kept (a publish-subscribe node). Both calls
 * go to the network and complete on a store thread; a server without a
 * publish-subscribe service fails them with {@link Unavailable}.
 */
interface Snapshots {

    /** What the node holds: nothing to check yet, only what was read. */
    sealed interface Stored {

        /** A snapshot of the old single-item format ({@code urn:causerie:whiteboard:snapshot:0}). */
        record Single(String xml) implements Stored {
        }

        /** A head and the parts it names, in order, read from the publish-subscribe service {@code service}. */
        record Parts(StoredParts.Head head, List<String> parts, String service) implements Stored {
            public Parts {
                parts = List.copyOf(parts);
            }
        }

        /** Something is stored but cannot be read as a snapshot. */
        record Broken(String why) implements Stored {
        }
    }

    /**
     * What a write cost: the snapshot's XML (UTF-8 bytes), what was published of it (the parts' bytes,
     * packed), items published (parts and head), items retracted; and where it is: the service and the
     * generation of its parts.
     */
    record Written(long bytes, long packed, int items, int retracted, String service, String generation) {

        /** A write whose place is not known. */
        public Written(long bytes, long packed, int items, int retracted) {
            this(bytes, packed, items, retracted, "", "");
        }
    }

    /** @return what is stored, empty when nothing is */
    CompletableFuture<Optional<Stored>> load();

    /** @return the thread the calls complete on, for work that follows them (reading what they gave) */
    default Executor executor() {
        return Runnable::run;
    }

    /**
     * Reads the snapshot of one generation (a state named it, {@code StateItem.Stored}) on a given
     * publish-subscribe service, whichever head is newest.
     *
     * @return that snapshot, {@link Stored.Broken} when a part is missing, empty when no head names it
     */
    default CompletableFuture<Optional<Stored>> load(String service, String generation) {
        return CompletableFuture.failedFuture(new Unavailable("this store does not read a named generation"));
    }

    /**
     * Replaces the stored snapshot with a state transfer's elements, cut into parts.
     *
     * @param archiveId the room archive's id of the last element the state includes, if known
     */
    CompletableFuture<Written> store(Optional<String> archiveId, List<SxeElement> chunks);

    /** Replaces the stored snapshot with a state transfer's elements naming no archive id. */
    default CompletableFuture<Written> store(List<SxeElement> chunks) {
        return store(Optional.empty(), chunks);
    }

    /** No publish-subscribe service: nothing is persisted. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why);
        }
    }

    /** The snapshot is over a bound: not written. */
    final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String why) {
            super(why);
        }
    }

    /** @return snapshots that are never kept, for the reason given */
    static Snapshots none(String why) {
        return new Snapshots() {
            @Override
            public CompletableFuture<Optional<Stored>> load() {
                return CompletableFuture.failedFuture(new Unavailable(why));
            }

            @Override
            public CompletableFuture<Written> store(Optional<String> archiveId, List<SxeElement> chunks) {
                return CompletableFuture.failedFuture(new Unavailable(why));
            }
        };
    }
}
