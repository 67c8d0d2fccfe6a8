package org.causerie.ui.forms;

import java.util.Objects;

/**
 * Why a filled form cannot be sent as it is: one field and what is wrong with it.
 *
 * @param var the field's name
 * @param kind what is wrong
 * @param value the offending value, for {@link Kind#NOT_A_JID} and {@link Kind#NOT_AN_OPTION}; else empty
 */
public record FormProblem(String var, Kind kind, String value) {

    /** What can be wrong with a field. */
    public enum Kind {
        /** A required field has no value (XEP-0004 §3.2 {@code <required/>}). */
        REQUIRED,
        /** A jid-single or jid-multi value is not a JID (XEP-0004 §3.3). */
        NOT_A_JID,
        /** A list value is not one of the field's options. */
        NOT_AN_OPTION
    }

    public FormProblem {
        Objects.requireNonNull(var, "var");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
