package org.causerie.pubsub.ui.internal.dialogs;

import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog whose OK sends a request: it stays open, with what was typed, until
 * the service accepts; a refusal or a bad value is told in the title area and
 * nothing is lost.
 */
abstract class RequestDialog extends TitleAreaDialog {

    private final String id;
    private final String title;
    private boolean sending;

    RequestDialog(Shell parent, String id, String title) {
        super(parent);
        this.id = id;
        this.title = title;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        WidgetIds.name(shell, id);
        shell.setData(id, this);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.setLayout(new GridLayout(2, false));
        fill(grid);
        return area;
    }

    /** Lays out the dialog's fields in a two-column grid. */
    protected abstract void fill(Composite grid);

    /**
     * @return the request for what was typed; throws IllegalArgumentException with the
     *         words to show when a value is not acceptable
     */
    protected abstract CompletableFuture<?> request();

    @Override
    protected void okPressed() {
        if (sending) {
            return;
        }
        CompletableFuture<?> request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        sending = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.dialog_sending);
        Display display = getShell().getDisplay();
        request.whenComplete((ok, failure) -> display.asyncExec(() -> {
            sending = false;
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (failure == null) {
                setReturnCode(OK);
                close();
            } else {
                getButton(IDialogConstants.OK_ID).setEnabled(true);
                setMessage(null);
                setErrorMessage(NLS.bind(Messages.dialog_failed, Errors.describe(failure)));
            }
        }));
    }

    static Text text(Composite grid, String label, String id, int style) {
        new Label(grid, SWT.NONE).setText(label);
        Text text = WidgetIds.name(new Text(grid, SWT.BORDER | style), id);
        GridData data = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true,
                (style & SWT.MULTI) != 0);
        data.widthHint = 360;
        if ((style & SWT.MULTI) != 0) {
            data.heightHint = 160;
        }
        text.setLayoutData(data);
        return text;
    }

    static java.util.Optional<String> optional(Text text) {
        return java.util.Optional.of(text.getText().trim()).filter(s -> !s.isEmpty());
    }

}
