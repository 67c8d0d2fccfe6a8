package org.causerie.muc.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.roster.Contact;
import org.causerie.ui.forms.JidSyntax;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Invites someone to the room: a contact of the account's roster or any address,
 * with words for them, mediated by the room (XEP-0045 §7.8.2) or sent directly
 * (XEP-0249, which reaches people the room would not relay to).
 */
public final class InviteDialog extends TitleAreaDialog {

    private final MucUi ui;
    private final MucService muc;
    private final RoomId room;
    private Combo who;
    private Text reason;
    private Button direct;

    public InviteDialog(Shell parent, MucUi ui, MucService muc, RoomId room) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.room = room;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.invite_title, room.room()));
        WidgetIds.name(shell, WidgetIds.INVITE_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.invite_title, room.room()));
        setMessage(Messages.invite_message);
        Composite grid = DialogGrid.in(area, 2);
        new Label(grid, SWT.NONE).setText(Messages.invite_who);
        who = new Combo(grid, SWT.DROP_DOWN);
        who.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ui.roster().flatMap(r -> r.roster(room.accountId())).ifPresent(snapshot -> snapshot.contacts().values().stream()
                .map(Contact::jid).sorted().forEach(who::add));
        new Label(grid, SWT.NONE).setText(Messages.invite_reason);
        reason = new Text(grid, SWT.BORDER);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(grid, SWT.NONE);
        Button mediated = new Button(grid, SWT.RADIO);
        mediated.setText(Messages.invite_mediated);
        mediated.setSelection(true);
        new Label(grid, SWT.NONE);
        direct = new Button(grid, SWT.RADIO);
        direct.setText(Messages.invite_direct);
        return area;
    }

    @Override
    protected void okPressed() {
        String jid = who.getText().strip();
        if (!JidSyntax.valid(jid) || !jid.contains("@")) {
            setErrorMessage(NLS.bind(Messages.error_notAJid, jid));
            return;
        }
        Optional<String> words = Optional.of(reason.getText().strip()).filter(r -> !r.isEmpty());
        ui.report(muc.invite(room, org.causerie.core.Jids.bare(jid), words, direct.getSelection()),
                Messages.error_invite, jid);
        super.okPressed();
    }
}
