package org.causerie.muc.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.forms.JidSyntax;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Destroys a room (XEP-0045 §10.9) after the owner confirms: a reason and an
 * alternate venue the occupants are told to go to, both optional.
 */
public final class DestroyDialog extends TitleAreaDialog {

    private final MucUi ui;
    private final MucService muc;
    private final RoomId room;
    private Text reason;
    private Text venue;

    public DestroyDialog(Shell parent, MucUi ui, MucService muc, RoomId room) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.room = room;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.destroy_title, room.room()));
        WidgetIds.name(shell, WidgetIds.DESTROY_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.destroy_title, room.room()));
        setMessage(Messages.destroy_message, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
        Composite grid = DialogGrid.in(area, 2);
        reason = DialogGrid.text(grid, Messages.destroy_reason, WidgetIds.DESTROY_REASON, SWT.NONE);
        venue = DialogGrid.text(grid, Messages.destroy_venue, WidgetIds.DESTROY_VENUE, SWT.NONE);
        venue.setMessage(Messages.field_roomHint);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.destroy_button, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    @Override
    protected void okPressed() {
        String alternate = venue.getText().strip();
        if (!alternate.isEmpty() && !JidSyntax.valid(alternate)) {
            setErrorMessage(NLS.bind(Messages.error_notAJid, alternate));
            return;
        }
        ui.report(muc.destroy(room, Optional.of(reason.getText().strip()).filter(r -> !r.isEmpty()),
                Optional.of(alternate).filter(a -> !a.isEmpty())), Messages.error_destroy, room.room());
        super.okPressed();
    }
}
