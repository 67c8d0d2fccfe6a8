package org.causerie.ui.tests;

import static org.causerie.ui.tests.Forms.field;
import static org.causerie.ui.tests.Forms.form;
import static org.causerie.ui.tests.Forms.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.ui.forms.FormProblem;
import org.causerie.ui.forms.FormValidator;
import org.causerie.ui.forms.JidSyntax;
import org.junit.jupiter.api.Test;

/** What a filled data form must satisfy before it is sent (XEP-0004 §3.2, §3.3). */
class FormValidatorTest {

    @Test
    void aFormWithEveryRequiredValueIsValid() {
        DataForm form = form(field("name", FieldType.TEXT_SINGLE, true, "Lounge"),
                field("public", FieldType.BOOLEAN, true), field("admins", FieldType.JID_MULTI, false,
                        "alice@example.org", "example.org", "bob@example.org/home"),
                list("who", FieldType.LIST_MULTI, List.of("moderator", "participant"), "moderator"));
        assertEquals(List.of(), FormValidator.validate(form));
    }

    @Test
    void aRequiredFieldWithoutValueOrWithBlanksIsReported() {
        DataForm form = form(field("a", FieldType.TEXT_SINGLE, true), field("b", FieldType.TEXT_MULTI, true, " ", ""),
                field("c", FieldType.TEXT_SINGLE, false), field("d", FieldType.LIST_SINGLE, true));
        List<FormProblem> problems = FormValidator.validate(form);
        assertEquals(List.of(new FormProblem("a", FormProblem.Kind.REQUIRED, ""),
                new FormProblem("b", FormProblem.Kind.REQUIRED, ""),
                new FormProblem("d", FormProblem.Kind.REQUIRED, "")), problems);
    }

    @Test
    void jidFieldsHoldJids() {
        DataForm form = form(field("owner", FieldType.JID_SINGLE, false, "not a jid"),
                field("members", FieldType.JID_MULTI, false, "ok@example.org", "@example.org", "x@"));
        List<FormProblem> problems = FormValidator.validate(form);
        assertEquals(List.of(new FormProblem("owner", FormProblem.Kind.NOT_A_JID, "not a jid"),
                new FormProblem("members", FormProblem.Kind.NOT_A_JID, "@example.org"),
                new FormProblem("members", FormProblem.Kind.NOT_A_JID, "x@")), problems);
    }

    @Test
    void listMultiValuesAreAmongTheOptions() {
        DataForm form = form(list("roles", FieldType.LIST_MULTI, List.of("a", "b"), "a", "z"));
        assertEquals(List.of(new FormProblem("roles", FormProblem.Kind.NOT_AN_OPTION, "z")),
                FormValidator.validate(form));
    }

    @Test
    void jidSyntax() {
        for (String ok : List.of("a@b", "example.org", "conference.example.org", "a@b/c d", "r\u00e9mi@exemple.fr")) {
            assertTrue(JidSyntax.valid(ok), ok);
        }
        for (String bad : List.of("", " a@b", "a b@c", "a@", "@b", "a@b@c", "a:b@c", "a@b/", "a@.b", "a@b..c",
                "a@b\u0007", "x".repeat(1024) + "@b")) {
            assertFalse(JidSyntax.valid(bad), bad);
        }
    }
}
