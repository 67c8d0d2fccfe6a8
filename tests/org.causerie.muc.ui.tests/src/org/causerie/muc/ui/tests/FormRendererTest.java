package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FormField;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.forms.FormProblem;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic data form renderer on ejabberd's room configuration form, in a window of the workbench's display. */
class FormRendererTest {

    private static Ui ui;
    private Shell shell;
    private FormRenderer renderer;

    @BeforeAll
    static void workbench() throws Exception {
        ui = SharedWorkbench.driver().ui();
    }

    @BeforeEach
    void render() {
        ui.run(() -> {
            shell = new Shell(org.eclipse.swt.widgets.Display.getCurrent(), SWT.SHELL_TRIM);
            shell.setText("form");
            shell.setLayout(new FillLayout());
            renderer = new FormRenderer(shell, RoomConfigForm.form());
            shell.setBounds(40, 40, 640, 820);
            shell.open();
        });
    }

    @AfterEach
    void close() {
        ui.run(shell::dispose);
    }

    private <W extends Widget> W field(Class<W> type, String var) {
        return ui.read(() -> Ui.named(shell, type, FormRenderer.KEY, FormRenderer.FIELD + var));
    }

    @Test
    void everyFieldTypeHasItsWidget() {
        assertTrue(ui.read(() -> (field(Button.class, "muc#roomconfig_publicroom").getStyle() & SWT.CHECK) != 0));
        assertTrue(ui.read(() -> field(Button.class, "muc#roomconfig_publicroom").getSelection()), "boolean 1");
        assertEquals("Make room public searchable", ui.read(() -> field(Button.class,
                "muc#roomconfig_publicroom").getText()));
        assertTrue(ui.read(() -> (field(Text.class, "muc#roomconfig_roomsecret").getStyle() & SWT.PASSWORD) != 0));
        assertTrue(ui.read(() -> (field(Text.class, "muc#roomconfig_roomdesc").getStyle() & SWT.MULTI) != 0));
        assertTrue(ui.read(() -> (field(Text.class, "muc#roomconfig_roomowners").getStyle() & SWT.MULTI) != 0));
        assertEquals("lounge", ui.read(() -> field(Text.class, "muc#roomconfig_roomname").getText()));
        assertEquals("The name people see", ui.read(() -> field(Text.class, "muc#roomconfig_roomname")
                .getToolTipText()), "the description is the tooltip");
        assertEquals("200", ui.read(() -> field(Combo.class, "muc#roomconfig_maxusers").getText()));
        assertEquals("moderators only", ui.read(() -> field(Combo.class, "muc#roomconfig_whois").getText()),
                "options show their labels");
        assertEquals(List.of(true, true, true), ui.read(() -> java.util.Arrays.stream(field(Table.class,
                "muc#roomconfig_presencebroadcast").getItems()).map(i -> i.getChecked()).toList()));
        assertTrue(ui.read(() -> Ui.all(shell, Widget.class, w -> (FormRenderer.FIELD + "FORM_TYPE")
                .equals(w.getData(FormRenderer.KEY))).isEmpty()), "hidden fields have no widget");
        List<String> labels = ui.read(() -> Ui.all(shell, Label.class, l -> true).stream().map(Label::getText)
                .toList());
        assertTrue(labels.contains("Room settings"), "fixed text shown: " + labels);
        assertTrue(labels.contains("Complete this form to modify the configuration of your room."), "instructions");
        assertTrue(labels.contains("Room title " + org.causerie.ui.internal.Messages.form_required),
                "required marked: " + labels);
        assertEquals("Configuration of room lounge@conference.localhost", ui.read(() -> Ui.named(shell,
                Label.class, FormRenderer.KEY, FormRenderer.TITLE).getText()));
        ui.screenshot("form-renderer");
    }

    @Test
    void problemsAreShownUnderTheirFieldsAndNothingIsSubmitted() {
        ui.run(() -> {
            field(Text.class, "muc#roomconfig_roomname").setText("");
            field(Text.class, "muc#roomconfig_roomowners").setText("alice@localhost\nnot a jid");
        });
        assertEquals(Optional.empty(), ui.read(renderer::submit));
        List<FormProblem> problems = ui.read(renderer::validate);
        assertEquals(List.of("muc#roomconfig_roomname", "muc#roomconfig_roomowners"),
                problems.stream().map(FormProblem::var).toList());
        Label required = ui.read(() -> Ui.named(shell, Label.class, FormRenderer.KEY,
                FormRenderer.PROBLEM + "muc#roomconfig_roomname"));
        assertTrue(ui.read(required::isVisible));
        assertEquals(org.causerie.ui.internal.Messages.problem_REQUIRED, ui.read(required::getText));
        assertTrue(ui.read(() -> Ui.named(shell, Label.class, FormRenderer.KEY, FormRenderer.PROBLEM
                + "muc#roomconfig_roomowners").getText()).contains("not a jid"));
        ui.screenshot("form-renderer-problems");

        ui.run(() -> {
            field(Text.class, "muc#roomconfig_roomname").setText("Lounge");
            field(Text.class, "muc#roomconfig_roomowners").setText("alice@localhost");
        });
        assertTrue(ui.read(renderer::submit).isPresent());
        assertFalse(ui.read(required::isVisible), "the problem line goes once corrected");
    }

    @Test
    void theFilledFormIsSubmittedWithEveryNamedField() {
        ui.run(() -> {
            field(Text.class, "muc#roomconfig_roomname").setText("Lounge");
            field(Text.class, "muc#roomconfig_roomdesc").setText("first line\nsecond line\n");
            field(Button.class, "muc#roomconfig_passwordprotectedroom").setSelection(true);
            field(Button.class, "muc#roomconfig_publicroom").setSelection(false);
            field(Text.class, "muc#roomconfig_roomsecret").setText("s3cret word");
            Combo max = field(Combo.class, "muc#roomconfig_maxusers");
            max.select(java.util.Arrays.asList(max.getItems()).indexOf("50"));
            field(Table.class, "muc#roomconfig_presencebroadcast").getItem(2).setChecked(false);
            field(Text.class, "muc#roomconfig_roomowners").setText(" alice@localhost \n\nbob@localhost");
        });
        DataForm answer = ui.read(renderer::submit).orElseThrow();
        assertEquals("submit", answer.type());
        assertEquals(Optional.of("http://jabber.org/protocol/muc#roomconfig"), answer.formType(), "hidden kept");
        assertEquals(List.of("Lounge"), values(answer, "muc#roomconfig_roomname"));
        assertEquals(List.of("first line", "second line"), values(answer, "muc#roomconfig_roomdesc"));
        assertEquals(List.of("1"), values(answer, "muc#roomconfig_passwordprotectedroom"));
        assertEquals(List.of("0"), values(answer, "muc#roomconfig_publicroom"));
        assertEquals(List.of("s3cret word"), values(answer, "muc#roomconfig_roomsecret"));
        assertEquals(List.of("50"), values(answer, "muc#roomconfig_maxusers"));
        assertEquals(List.of("moderators"), values(answer, "muc#roomconfig_whois"));
        assertEquals(List.of("moderator", "participant"), values(answer, "muc#roomconfig_presencebroadcast"));
        assertEquals(List.of("alice@localhost", "bob@localhost"), values(answer, "muc#roomconfig_roomowners"));
        assertEquals(List.of(), values(answer, "muc#roomconfig_pubsub"), "an empty field sends no value");
        assertTrue(answer.fields().stream().noneMatch(f -> f.var().isEmpty()), "fixed text is not sent");
        assertNull(answer.fields().stream().filter(f -> f.type() == org.causerie.core.form.FieldType.FIXED)
                .findFirst().orElse(null));
    }

    private static List<String> values(DataForm form, String var) {
        return form.field(var).map(FormField::values).orElseThrow(() -> new AssertionError("no field " + var));
    }
}
