package org.causerie.ui.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;
import org.causerie.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The widgets of the field types (XEP-0004 §3.3) that take input. Display thread only. */
final class FieldEditors {

    private static final int MULTI_LINES = 4;

    private FieldEditors() {
    }

    /** A check box: "1" or "0". */
    static FieldEditor bool(Composite parent, FormField field, String label) {
        Button box = new Button(parent, SWT.CHECK);
        box.setText(label);
        box.setSelection(field.booleanValue());
        return editor(field, box, () -> List.of(box.getSelection() ? "1" : "0"));
    }

    /** One line of text; hidden characters for text-private. */
    static FieldEditor line(Composite parent, FormField field, boolean secret) {
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | (secret ? SWT.PASSWORD : 0));
        text.setText(field.value().orElse(""));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return editor(field, text, () -> text.getText().isEmpty() ? List.of() : List.of(text.getText()));
    }

    /** Several lines, one value each (text-multi, jid-multi). */
    static FieldEditor lines(Composite parent, FormField field, boolean jids) {
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        text.setText(String.join("\n", field.values()));
        if (jids) {
            text.setMessage(Messages.form_oneJidPerLine);
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.heightHint = text.getLineHeight() * MULTI_LINES;
        text.setLayoutData(data);
        return editor(field, text, () -> {
            List<String> values = new ArrayList<>(Arrays.asList(text.getText().split("\r?\n", -1)));
            if (jids) {
                values.replaceAll(String::strip);
                values.removeIf(String::isEmpty);
            } else {
                while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
            }
            return values;
        });
    }

    /**
     * A drop-down of the options. A value the form holds but does not list is kept as a choice
     * (servers do send such forms); a field that is not required may be left without a choice.
     */
    static FieldEditor choice(Composite parent, FormField field) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        List<String> values = new ArrayList<>();
        if (!field.required() || field.values().isEmpty()) {
            combo.add(Messages.form_noChoice);
            values.add(null);
        }
        for (FormOption option : field.options()) {
            combo.add(option.display());
            values.add(option.value());
        }
        field.value().filter(v -> !values.contains(v)).ifPresent(v -> {
            combo.add(v);
            values.add(v);
        });
        combo.select(Math.max(0, field.value().map(values::indexOf).orElse(0)));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return editor(field, combo, () -> {
            int index = combo.getSelectionIndex();
            String value = index < 0 ? null : values.get(index);
            return value == null ? List.of() : List.of(value);
        });
    }

    /** A list of check boxes, one per option (list-multi). */
    static FieldEditor checklist(Composite parent, FormField field) {
        Table table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        for (FormOption option : field.options()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(option.display());
            item.setData(option.value());
            item.setChecked(field.values().contains(option.value()));
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.heightHint = table.getItemHeight() * Math.min(Math.max(2, field.options().size()), 6) + 4;
        table.setLayoutData(data);
        return editor(field, table, () -> Arrays.stream(table.getItems()).filter(TableItem::getChecked)
                .map(i -> (String) i.getData()).toList());
    }

    private static FieldEditor editor(FormField field, Control control, java.util.function.Supplier<List<String>> read) {
        return new FieldEditor() {
            @Override
            public FormField field() {
                return field;
            }

            @Override
            public Control control() {
                return control;
            }

            @Override
            public List<String> values() {
                return read.get();
            }
        };
    }
}
