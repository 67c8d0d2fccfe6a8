package org.causerie.muc.ui.internal.dialogs;

import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Creates a room, the user becoming its owner (XEP-0045 §10.1): as an instant
 * room with the service's defaults in one click (§10.1.2), or configured through
 * its form first (§10.1.3), the room staying locked until the form is sent.
 */
public final class CreateRoomDialog extends TitleAreaDialog {

    private final MucUi ui;
    private final MucService muc;
    private final Optional<String> accountId;
    private AccountServiceFields where;
    private Text room;
    private Text nick;
    private Text password;
    private Button instant;
    private boolean creating;

    public CreateRoomDialog(Shell parent, MucUi ui, MucService muc, Optional<String> accountId) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.accountId = accountId;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.create_title);
        WidgetIds.name(shell, WidgetIds.CREATE_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.create_title);
        setMessage(Messages.create_message);
        Composite grid = DialogGrid.in(area, 2);
        where = new AccountServiceFields(grid, ui, muc, accountId, Optional.empty());
        room = DialogGrid.text(grid, Messages.field_room, WidgetIds.JOIN_ROOM, SWT.NONE);
        nick = DialogGrid.text(grid, Messages.field_nick, WidgetIds.JOIN_NICK, SWT.NONE);
        nick.setText(where.selected().map(c -> c.localpart()).orElse(""));
        password = DialogGrid.text(grid, Messages.field_passwordOptional, WidgetIds.JOIN_PASSWORD, SWT.PASSWORD);
        new Label(grid, SWT.NONE);
        instant = WidgetIds.name(new Button(grid, SWT.RADIO), WidgetIds.CREATE_INSTANT);
        instant.setText(Messages.create_instant);
        instant.setSelection(true);
        new Label(grid, SWT.NONE);
        new Button(grid, SWT.RADIO).setText(Messages.create_configure);
        where.onAccountChanged(id -> ui.accounts().find(id).ifPresent(c -> nick.setText(c.localpart())));
        if (where.selected().isEmpty()) {
            setErrorMessage(Messages.error_noAccount);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.create_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (creating) {
            return;
        }
        Optional<String> account = where.selected().map(c -> c.accountId());
        String name = room.getText().strip();
        if (account.isEmpty()) {
            setErrorMessage(Messages.error_noAccount);
            return;
        }
        if (name.isEmpty() || where.service().isEmpty()) {
            setErrorMessage(Messages.error_roomMissing);
            return;
        }
        if (nick.getText().isBlank()) {
            setErrorMessage(Messages.error_nickMissing);
            return;
        }
        String jid = name.contains("@") ? name : name + "@" + where.service();
        RoomId id;
        try {
            id = new RoomId(account.get(), jid);
        } catch (IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.error_notARoom, jid));
            return;
        }
        boolean now = instant.getSelection();
        JoinRequest request = new JoinRequest(id, nick.getText().strip(),
                Optional.of(password.getText()).filter(p -> !p.isEmpty()), OptionalInt.empty());
        creating = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.create_creating, jid));
        muc.create(request, now).whenComplete((snapshot, failure) -> ui.later(() -> {
            creating = false;
            if (failure != null) {
                if (getShell() != null && !getShell().isDisposed()) {
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                    setMessage(Messages.create_message);
                    setErrorMessage(MucErrors.describe(failure));
                }
                return;
            }
            if (getShell() != null && !getShell().isDisposed()) {
                close();
            }
            ui.show(id, true);
            if (!now) {
                ui.configure(id, true);
            }
        }));
    }
}
