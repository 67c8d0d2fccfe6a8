package org.causerie.ui.forms;

import java.util.List;

import org.causerie.core.form.FormField;
import org.eclipse.swt.widgets.Control;

/**
 * The widget of one form field: shows the field's values and reads back what the
 * user made of them. Display thread only.
 */
interface FieldEditor {

    /** @return the field it edits, as the form gave it */
    FormField field();

    /** @return the main control (named for tests; the problem is shown beside it) */
    Control control();

    /** @return the values the user chose or typed, in the form's wire encoding */
    List<String> values();

    /** A field without a widget (hidden): its values go back unchanged (XEP-0004 §3.3). */
    record Kept(FormField field) implements FieldEditor {
        @Override
        public Control control() {
            return null;
        }

        @Override
        public List<String> values() {
            return field.values();
        }
    }
}
