package org.causerie.whiteboard.internal.doc;

import java.util.Objects;

/**
 * What a {@code <state/>} element holds (XEP-0284 §8.4, §9): records, and around
 * a state transfer {@code document-begin} and {@code document-end}; and, between them,
 * Causerie's reference to a stored snapshot instead of the records ({@link Stored}).
 */
public sealed interface StateItem permits SxeRecord, StateItem.DocumentBegin, StateItem.DocumentEnd,
        StateItem.Stored {

    /** The start of a state transfer; {@code prolog} is a data: URI (RFC 2397) or empty. */
    record DocumentBegin(String prolog) implements StateItem {
        public DocumentBegin {
            Objects.requireNonNull(prolog, "prolog");
        }
    }

    /**
     * The end of a state transfer: the state holds every element up to and
     * including the one {@code lastId} from {@code lastSender} (both empty when none).
     */
    record DocumentEnd(String lastSender, String lastId) implements StateItem {
        public DocumentEnd {
            Objects.requireNonNull(lastSender, "lastSender");
            Objects.requireNonNull(lastId, "lastId");
        }
    }

    /**
     * Causerie's extension ({@value #NAMESPACE}; docs/whiteboard.md, "A state that names the stored
     * snapshot"): instead of its records, the state is the snapshot of generation {@code generation}
     * on the publish-subscribe service {@code service}, stored up to the element the state's
     * {@code document-end} names. Sent only to a joiner whose {@code accept-state} asked for it.
     */
    record Stored(String service, String generation) implements StateItem {

        public static final String NAMESPACE = "urn:causerie:whiteboard:stored:0";
        /** The longest service JID or generation read. */
        public static final int MAX_CHARS = 256;

        public Stored {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(generation, "generation");
        }
    }
}
