package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The "Send File..." dialog of the roster action and the room tool: one or several files. */
final class FilePicker {

    private FilePicker() {
    }

    /**
     * @param recipient the contact's or room's JID, named in the dialog's title
     * @return the files chosen, or empty when the user cancelled
     */
    static Optional<List<Path>> choose(Shell shell, String recipient) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(NLS.bind(Messages.send_title, recipient));
        if (dialog.open() == null) {
            return Optional.empty();
        }
        Path folder = Path.of(dialog.getFilterPath());
        return Optional.of(Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
    }
}
