package org.causerie.plugins.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** The file and folder choosers that fill the "Install from" field. */
final class SourceDialogs {

    private SourceDialogs() {
    }

    static void file(Text source) {
        FileDialog dialog = new FileDialog(source.getShell(), SWT.OPEN);
        dialog.setText(Messages.dialog_file);
        dialog.setFilterExtensions(new String[] { "*.jar;*.zip", "*.*" });
        String chosen = dialog.open();
        if (chosen != null && !source.isDisposed()) {
            source.setText(chosen);
        }
    }

    static void folder(Text source) {
        DirectoryDialog dialog = new DirectoryDialog(source.getShell(), SWT.OPEN);
        dialog.setText(Messages.dialog_folder);
        String chosen = dialog.open();
        if (chosen != null && !source.isDisposed()) {
            source.setText(chosen);
        }
    }
}
