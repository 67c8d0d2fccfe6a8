package org.causerie.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;

/**
 * Checks a filled data form before it is sent (XEP-0004 §3.2, §3.3): required
 * fields have a value, JID fields hold JIDs, list-multi values are among the
 * options. Pure and thread-safe; {@link FormRenderer} shows what it finds.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /** @return what is wrong with the form's values, in the fields' order; empty when it can be sent */
    public static List<FormProblem> validate(DataForm filled) {
        List<FormProblem> problems = new ArrayList<>();
        for (FormField field : filled.fields()) {
            if (field.var().isEmpty() || field.type() == FieldType.FIXED) {
                continue;
            }
            String var = field.var().get();
            List<String> values = field.values().stream().filter(v -> !v.isBlank()).toList();
            if (field.required() && values.isEmpty() && field.type() != FieldType.BOOLEAN) {
                problems.add(new FormProblem(var, FormProblem.Kind.REQUIRED, ""));
                continue;
            }
            for (String value : values) {
                if ((field.type() == FieldType.JID_SINGLE || field.type() == FieldType.JID_MULTI)
                        && !JidSyntax.valid(value.strip())) {
                    problems.add(new FormProblem(var, FormProblem.Kind.NOT_A_JID, value));
                } else if (field.type() == FieldType.LIST_MULTI && !field.options().isEmpty()
                        && field.options().stream().map(FormOption::value).noneMatch(value::equals)) {
                    problems.add(new FormProblem(var, FormProblem.Kind.NOT_AN_OPTION, value));
                }
            }
        }
        return problems;
    }
}
