package org.causerie.whiteboard.internal.doc;

import java.util.Objects;

/**
 * What applying one record did.
 *
 * @param kind applied, ignored (its target is gone: a normal race), or refused (invalid or hostile)
 * @param reason why it was ignored or refused; empty when applied
 */
public record Outcome(Kind kind, String reason) {

    /** The three outcomes. */
    public enum Kind {
        APPLIED, REVERTED, IGNORED, REFUSED
    }

    public static final Outcome APPLIED = new Outcome(Kind.APPLIED, "");

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    public static Outcome reverted(String reason) {
        return new Outcome(Kind.REVERTED, reason);
    }

    public static Outcome ignored(String reason) {
        return new Outcome(Kind.IGNORED, reason);
    }

    public static Outcome refused(String reason) {
        return new Outcome(Kind.REFUSED, reason);
    }

    public boolean applied() {
        return kind == Kind.APPLIED;
    }
}
