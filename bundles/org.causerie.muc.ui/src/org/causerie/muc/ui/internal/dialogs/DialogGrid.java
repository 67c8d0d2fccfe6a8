package org.causerie.muc.ui.internal.dialogs;

import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The label-and-field grid the room dialogs are laid out in. */
final class DialogGrid {

    private DialogGrid() {
    }

    /** @return a grid filling the dialog's area */
    static Composite in(Composite area, int columns) {
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.setLayout(new GridLayout(columns, false));
        return grid;
    }

    /** Adds a label and a one-line text field (named {@code id} when not null) to a two-column grid. */
    static Text text(Composite grid, String label, String id, int style) {
        new Label(grid, SWT.NONE).setText(label);
        Text text = new Text(grid, SWT.BORDER | SWT.SINGLE | style);
        if (id != null) {
            WidgetIds.name(text, id);
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        text.setLayoutData(data);
        return text;
    }
}
