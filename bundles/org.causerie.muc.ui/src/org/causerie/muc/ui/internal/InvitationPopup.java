package org.causerie.muc.ui.internal;

import org.causerie.muc.Invitation;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A popup in the corner of the screen telling of an invitation to a room: who
 * invites, to which room, for which account, their words; "Join" accepts in one
 * click, "Decline" answers no. It stays until answered or closed (an invitation
 * missed while away would be lost otherwise).
 */
final class InvitationPopup extends AbstractNotificationPopup {

    private final Invitation invitation;
    private final String account;
    private final MucUi ui;

    InvitationPopup(Display display, Invitation invitation, String account, MucUi ui) {
        super(display);
        this.invitation = invitation;
        this.account = account;
        this.ui = ui;
    }

    @Override
    protected void scheduleAutoClose() {
        // stays until answered
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetIds.name(shell, WidgetIds.INVITATION);
    }

    @Override
    protected String getPopupShellTitle() {
        return Messages.invitation_title;
    }

    @Override
    protected void createContentArea(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Label text = new Label(parent, SWT.WRAP);
        // a mediated invitation names the inviter by full JID: the resource means nothing to people
        String from = SafeText.oneLine(org.causerie.core.Jids.bare(invitation.from()), 100);
        String words = invitation.reason().map(r -> SafeText.oneLine(r, 200)).orElse("");
        text.setText(words.isEmpty() ? NLS.bind(Messages.invitation_text, from, invitation.room().room())
                : NLS.bind(Messages.invitation_textReason, new Object[] {from, invitation.room().room(), words}));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 300;
        text.setLayoutData(data);
        Label accountLabel = new Label(parent, SWT.NONE);
        accountLabel.setText(NLS.bind(Messages.invitation_account, account));
        accountLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Button join = new Button(parent, SWT.PUSH);
        join.setText(Messages.invitation_join);
        join.addListener(SWT.Selection, e -> {
            close();
            ui.accept(invitation);
        });
        Button decline = new Button(parent, SWT.PUSH);
        decline.setText(Messages.invitation_decline);
        decline.addListener(SWT.Selection, e -> {
            close();
            ui.decline(invitation);
        });
    }
}
