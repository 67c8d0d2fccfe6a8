package org.causerie.whiteboard.internal.doc;

import java.util.Objects;

/**
 * What a {@code <state/>} element holds (XEP-0284 §8.4, §9): records, and around
 * a state transfer {@code document-begin} and {@code document-end}.
 */
public sealed interface StateItem permits SxeRecord, StateItem.DocumentBegin, StateItem.DocumentEnd {

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
}
