package org.causerie.core.form;

import java.util.Objects;
import java.util.Optional;

/**
 * One choice of a list field (XEP-0004 §3.2, {@code <option/>}).
 *
 * @param label what a person reads, if the form gives one
 * @param value what is sent back
 */
public record FormOption(Optional<String> label, String value) {

    public FormOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** @return the label, or the value where the form gave none */
    public String display() {
        return label.filter(l -> !l.isBlank()).orElse(value);
    }
}
