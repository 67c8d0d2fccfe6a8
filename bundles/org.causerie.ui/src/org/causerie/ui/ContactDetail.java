package org.causerie.ui;

import java.util.Objects;

/**
 * One line of a contact's details, contributed by a
 * {@link ContactDecorationContribution}.
 *
 * @param label what it is, in the user's language (e.g. "Mood")
 * @param value its value, as text
 */
public record ContactDetail(String label, String value) {

    public ContactDetail {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
