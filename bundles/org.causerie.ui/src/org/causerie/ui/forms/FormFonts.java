package org.causerie.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;

/** A bold variant of a control's font, disposed with the control. */
final class FormFonts {

    private FormFonts() {
    }

    static Font bold(Control control) {
        FontData[] data = control.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        Font font = new Font(control.getDisplay(), data);
        control.addListener(SWT.Dispose, e -> font.dispose());
        return font;
    }
}
