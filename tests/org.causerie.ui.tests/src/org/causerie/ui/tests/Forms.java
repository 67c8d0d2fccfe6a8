package org.causerie.ui.tests;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;

/** Literal data forms for the tests. */
final class Forms {

    private Forms() {
    }

    static FormField field(String var, FieldType type, boolean required, String... values) {
        return new FormField(Optional.of(var), type, Optional.of(var + " label"), Optional.empty(), required,
                List.of(values), List.of());
    }

    static FormField list(String var, FieldType type, List<String> options, String... values) {
        return new FormField(Optional.of(var), type, Optional.empty(), Optional.empty(), false, List.of(values),
                options.stream().map(o -> new FormOption(Optional.empty(), o)).toList());
    }

    static DataForm form(FormField... fields) {
        return new DataForm("form", Optional.of("Title"), List.of(), List.of(fields));
    }
}
