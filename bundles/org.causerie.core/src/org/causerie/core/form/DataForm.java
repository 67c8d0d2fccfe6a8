package org.causerie.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data form (XEP-0004): the fields an entity asks for, or the answer to send
 * back. Immutable; {@link #with} gives a copy with one field's values changed.
 *
 * @param type "form", "submit", "cancel" or "result" (§3.1)
 * @param title the form's title
 * @param instructions lines of instructions, in order
 * @param fields the fields, in the order the entity gave them
 */
public record DataForm(String type, Optional<String> title, List<String> instructions, List<FormField> fields) {

    public DataForm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        instructions = List.copyOf(instructions);
        fields = List.copyOf(fields);
    }

    /** @return the field with that name, if the form has it */
    public Optional<FormField> field(String var) {
        return fields.stream().filter(f -> f.var().filter(var::equals).isPresent()).findFirst();
    }

    /** @return the FORM_TYPE hidden field's value (XEP-0068), if any */
    public Optional<String> formType() {
        return field("FORM_TYPE").flatMap(FormField::value);
    }

    /**
     * @return a copy with the values of the named field replaced
     * @throws IllegalArgumentException when the form has no such field
     */
    public DataForm with(String var, List<String> values) {
        List<FormField> changed = new ArrayList<>(fields.size());
        boolean found = false;
        for (FormField f : fields) {
            if (f.var().filter(var::equals).isPresent()) {
                changed.add(f.withValues(values));
                found = true;
            } else {
                changed.add(f);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no field " + var);
        }
        return new DataForm(type, title, instructions, changed);
    }

    /**
     * @return the answer to this form (type "submit", XEP-0004 §3.1): every field
     *         with a name and its values, fixed fields left out
     */
    public DataForm toSubmit() {
        List<FormField> answer = fields.stream().filter(f -> f.var().isPresent() && f.type() != FieldType.FIXED)
                .toList();
        return new DataForm("submit", Optional.empty(), List.of(), answer);
    }
}
