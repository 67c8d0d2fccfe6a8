package org.causerie.core.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a data form (XEP-0004 §3.2). Immutable: {@link #withValues}
 * gives a filled copy.
 *
 * @param var the field's name; empty only for {@link FieldType#FIXED} fields
 * @param type its type; an unknown type is read as text-single (§3.3)
 * @param label what a person reads
 * @param description the help text ({@code <desc/>})
 * @param required whether the form cannot be submitted without a value
 * @param values its current values (a boolean is "1"/"true" or "0"/"false")
 * @param options the choices of a list field
 */
public record FormField(Optional<String> var, FieldType type, Optional<String> label, Optional<String> description,
        boolean required, List<String> values, List<FormOption> options) {

    public FormField {
        Objects.requireNonNull(var, "var");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        options = List.copyOf(options);
    }

    /** @return the first value, if any */
    public Optional<String> value() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the value of a boolean field (XEP-0004 §3.3: "1" and "true" are true) */
    public boolean booleanValue() {
        return value().map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
    }

    /** @return this field with other values */
    public FormField withValues(List<String> newValues) {
        return new FormField(var, type, label, description, required, newValues, options);
    }
}
