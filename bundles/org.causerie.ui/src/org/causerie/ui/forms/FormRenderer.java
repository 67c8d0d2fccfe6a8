package org.causerie.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FormField;
import org.causerie.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Shows any XEP-0004 data form as SWT widgets and gives back what the user filled
 * in: room configuration (XEP-0045 §10.2), node configuration, ad-hoc commands.
 * The title and instructions on top, then one row per field (§3.3): a check box for
 * boolean, text for fixed, nothing for hidden (its value is kept), a text line for
 * text-single, jid-single and (hidden characters) text-private, several lines for
 * text-multi and jid-multi, a drop-down for list-single, check boxes for
 * list-multi. Labels fall back to the field's name; required fields say so; a
 * field's description is its tooltip and a help line under it.
 * {@link #submit()} checks the values ({@link FormValidator}), marks the fields
 * that are wrong and returns the answer only when there is nothing to correct.
 * Create and use on the display thread; the values are read from the widgets.
 */
public final class FormRenderer {

    /** The widget data key naming the renderer's widgets (the one every Causerie view uses). */
    public static final String KEY = "org.causerie.widget";
    /** Name of a field's control: this prefix and the field's var. */
    public static final String FIELD = "form.field.";
    /** Name of the line that tells a field's problem: this prefix and the field's var. */
    public static final String PROBLEM = "form.problem.";
    /** Name of the form's title label. */
    public static final String TITLE = "form.title";

    private static final int WRAP_WIDTH = 460;

    private final DataForm form;
    private final ScrolledComposite scroll;
    private final Composite body;
    private final List<FieldEditor> editors = new ArrayList<>();
    /** Wrapping labels: their width follows the form's, so that they wrap instead of widening it. */
    private final List<Label> wrapped = new ArrayList<>();
    /** The fields' names in the first column: they wrap past two fifths of the form's width. */
    private final List<Label> names = new ArrayList<>();
    /** Per editor: the problem line and the empty cell before it, or null for a field without widget. */
    private final List<Label[]> problemLines = new ArrayList<>();

    /**
     * @param parent where the form goes (the renderer adds one scrolled composite to it)
     * @param form the form to show, as the entity sent it
     */
    public FormRenderer(Composite parent, DataForm form) {
        this.form = Objects.requireNonNull(form, "form");
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        header();
        for (FormField field : form.fields()) {
            row(field);
        }
        scroll.setContent(body);
        scroll.addListener(SWT.Resize, e -> resize());
        resize();
    }

    /** @return the control holding the form, for the caller's layout */
    public Control control() {
        return scroll;
    }

    /** @return the form as the entity sent it */
    public DataForm form() {
        return form;
    }

    /** @return the form with the values the widgets hold now */
    public DataForm filled() {
        List<FormField> fields = editors.stream().map(e -> e.field().withValues(e.values())).toList();
        return new DataForm(form.type(), form.title(), form.instructions(), fields);
    }

    /**
     * Checks the values and shows each problem under its field (and clears the ones fixed).
     *
     * @return the problems, empty when the form can be sent
     */
    public List<FormProblem> validate() {
        List<FormProblem> problems = FormValidator.validate(filled());
        for (int i = 0; i < editors.size(); i++) {
            Label[] cells = problemLines.get(i);
            if (cells == null) {
                continue;
            }
            Label line = cells[1];
            String var = editors.get(i).field().var().orElse("");
            String text = problems.stream().filter(p -> p.var().equals(var)).findFirst().map(FormRenderer::describe)
                    .orElse("");
            line.setText(text);
            for (Label cell : cells) {
                ((GridData) cell.getLayoutData()).exclude = text.isEmpty();
                cell.setVisible(!text.isEmpty());
            }
        }
        body.layout(true, true);
        resize();
        return problems;
    }

    /** @return the answer to send (type "submit", XEP-0004 §3.1) when the values are valid; else empty, problems shown */
    public Optional<DataForm> submit() {
        return validate().isEmpty() ? Optional.of(filled().toSubmit()) : Optional.empty();
    }

    /** @return the problem in words, in the user's language */
    public static String describe(FormProblem problem) {
        return switch (problem.kind()) {
            case REQUIRED -> Messages.problem_REQUIRED;
            case NOT_A_JID -> NLS.bind(Messages.problem_NOT_A_JID, problem.value());
            case NOT_AN_OPTION -> NLS.bind(Messages.problem_NOT_AN_OPTION, problem.value());
        };
    }

    private void header() {
        form.title().filter(t -> !t.isBlank()).ifPresent(title -> {
            Label label = wrapping(title, 2);
            label.setData(KEY, TITLE);
            label.setFont(FormFonts.bold(label));
        });
        for (String line : form.instructions()) {
            wrapping(line, 2);
        }
    }

    private void row(FormField field) {
        String name = field.label().filter(l -> !l.isBlank()).or(field::var).orElse("");
        FieldEditor editor = switch (field.type()) {
            case HIDDEN -> new FieldEditor.Kept(field);
            case FIXED -> {
                // fixed text mostly heads a section of the form (XEP-0004 §3.3): set it apart
                Label fixed = wrapping(String.join("\n", field.values()), 2);
                fixed.setFont(FormFonts.bold(fixed));
                ((GridData) fixed.getLayoutData()).verticalIndent = 6;
                yield new FieldEditor.Kept(field);
            }
            case BOOLEAN -> {
                new Label(body, SWT.NONE);
                yield FieldEditors.bool(body, field, name);
            }
            default -> {
                Label label = new Label(body, SWT.WRAP);
                label.setText(field.required() ? name + " " + Messages.form_required : name);
                label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
                names.add(label);
                field.description().ifPresent(label::setToolTipText);
                yield switch (field.type()) {
                    case TEXT_PRIVATE -> FieldEditors.line(body, field, true);
                    case TEXT_MULTI -> FieldEditors.lines(body, field, false);
                    case JID_MULTI -> FieldEditors.lines(body, field, true);
                    case LIST_SINGLE -> FieldEditors.choice(body, field);
                    case LIST_MULTI -> FieldEditors.checklist(body, field);
                    default -> FieldEditors.line(body, field, false);
                };
            }
        };
        editors.add(editor);
        problemLines.add(editor.control() == null ? null : extras(editor));
    }

    /** Names the control, adds the description under it and the (hidden) problem line; @return that line's cells */
    private Label[] extras(FieldEditor editor) {
        FormField field = editor.field();
        String var = field.var().orElse("");
        editor.control().setData(KEY, FIELD + var);
        field.description().ifPresent(description -> {
            editor.control().setToolTipText(description);
            new Label(body, SWT.NONE);
            Label help = wrapping(description, 1);
            help.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        });
        Label spacer = new Label(body, SWT.NONE);
        spacer.setLayoutData(hiddenCell());
        spacer.setVisible(false);
        Label problem = new Label(body, SWT.WRAP);
        problem.setData(KEY, PROBLEM + var);
        problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData data = hiddenCell();
        data.widthHint = WRAP_WIDTH;
        problem.setLayoutData(data);
        wrapped.add(problem);
        problem.setVisible(false);
        return new Label[] {spacer, problem};
    }

    private static GridData hiddenCell() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        return data;
    }

    private Label wrapping(String text, int span) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = WRAP_WIDTH;
        label.setLayoutData(data);
        wrapped.add(label);
        return label;
    }

    /** Lays the form out at the width it is given (never wider: it scrolls vertically only). */
    private void resize() {
        int width = scroll.getClientArea().width;
        if (width <= 0) {
            return;
        }
        for (Label label : names) {
            ((GridData) label.getLayoutData()).widthHint = Math.min(label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
                    width * 2 / 5);
        }
        for (Label label : wrapped) {
            GridData data = (GridData) label.getLayoutData();
            data.widthHint = Math.max(100, (data.horizontalSpan == 2 ? width : width / 2) - 20);
        }
        Point size = body.computeSize(width, SWT.DEFAULT);
        scroll.setMinSize(width, size.y);
    }
}
