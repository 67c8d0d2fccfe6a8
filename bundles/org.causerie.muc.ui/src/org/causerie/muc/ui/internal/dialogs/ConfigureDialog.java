package org.causerie.muc.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.forms.FormRenderer;
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

/**
 * A room's configuration (XEP-0045 §10.2): the form the room sends, shown by the
 * generic {@link FormRenderer}, checked, then submitted; the dialog stays open
 * until the room accepts it, and tells why when it does not.
 */
public final class ConfigureDialog extends TitleAreaDialog {

    private final MucService muc;
    private final RoomId room;
    private Composite holder;
    private Label loading;
    private FormRenderer renderer;
    private boolean sending;

    public ConfigureDialog(Shell parent, MucService muc, RoomId room) {
        super(parent);
        this.muc = muc;
        this.room = room;
    }

    /** @return the form renderer, once the form is shown (tests fill it) */
    public Optional<FormRenderer> renderer() {
        return Optional.ofNullable(renderer);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.configure_title, room.room()));
        WidgetIds.name(shell, WidgetIds.CONFIGURE_DIALOG);
        shell.setData(WidgetIds.CONFIGURE_DIALOG, this);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(680, 720);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.configure_title, room.room()));
        setMessage(Messages.configure_loading);
        holder = new Composite(area, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        holder.setLayout(new GridLayout(1, false));
        loading = new Label(holder, SWT.NONE);
        loading.setText(Messages.configure_loading);
        Display display = parent.getDisplay();
        muc.configurationForm(room).whenComplete((form, failure) -> display.asyncExec(() -> shown(form, failure)));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.configure_button, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void shown(DataForm form, Throwable failure) {
        if (holder == null || holder.isDisposed()) {
            return;
        }
        if (failure != null) {
            loading.setText("");
            setErrorMessage(NLS.bind(Messages.configure_failedLoad, MucErrors.describe(failure)));
            return;
        }
        loading.dispose();
        renderer = new FormRenderer(holder, form);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        // the form scrolls: its own size must not widen the dialog
        data.widthHint = 560;
        data.heightHint = 420;
        renderer.control().setLayoutData(data);
        setMessage(Messages.configure_message);
        holder.layout(true, true);
        getButton(IDialogConstants.OK_ID).setEnabled(true);
    }

    @Override
    protected void okPressed() {
        if (renderer == null || sending) {
            return;
        }
        Optional<DataForm> answer = renderer.submit();
        if (answer.isEmpty()) {
            setErrorMessage(Messages.configure_problems);
            return;
        }
        sending = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.configure_sending);
        Display display = getShell().getDisplay();
        muc.configure(room, answer.get()).whenComplete((ok, failure) -> display.asyncExec(() -> {
            sending = false;
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (failure == null) {
                setReturnCode(OK);
                close();
            } else {
                getButton(IDialogConstants.OK_ID).setEnabled(true);
                setErrorMessage(NLS.bind(Messages.configure_failed, MucErrors.describe(failure)));
            }
        }));
    }
}
