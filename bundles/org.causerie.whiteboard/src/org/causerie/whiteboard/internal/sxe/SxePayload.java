package org.causerie.whiteboard.internal.sxe;

import java.util.List;
import java.util.Objects;

import org.causerie.whiteboard.internal.doc.StateItem;

/** What an {@code <sxe/>} element carries (XEP-0284 §15: one of these, or nothing). */
public sealed interface SxePayload {

    /** §7: a joiner asks for the session's state. */
    record Connect() implements SxePayload {
    }

    /** §8.1: an offer to send the state; the Jingle descriptions' namespaces. */
    record StateOffer(List<String> descriptions) implements SxePayload {
        public StateOffer {
            descriptions = List.copyOf(descriptions);
        }
    }

    /**
     * §8.2; {@code stored}: the joiner takes a state that names the stored snapshot instead of
     * holding its records (Causerie's {@code <stored/>} child, {@link StateItem.Stored}).
     */
    record AcceptState(boolean stored) implements SxePayload {

        /** A plain accept-state (XEP-0284 as published). */
        public AcceptState() {
            this(false);
        }
    }

    /** §8.3. */
    record RefuseState() implements SxePayload {
    }

    /** §8.4, §9: records, with document-begin and document-end around a state transfer. */
    record State(List<StateItem> items) implements SxePayload {
        public State {
            items = List.copyOf(items);
        }
    }

    /** Nothing: a session advertised in presence (§6). */
    record None() implements SxePayload {
    }

    /** @return the payload's element name, or empty for none */
    static String elementName(SxePayload payload) {
        Objects.requireNonNull(payload);
        return switch (payload) {
            case Connect c -> "connect";
            case StateOffer o -> "state-offer";
            case AcceptState a -> "accept-state";
            case RefuseState r -> "refuse-state";
            case State s -> "state";
            case None n -> "";
        };
    }
}
