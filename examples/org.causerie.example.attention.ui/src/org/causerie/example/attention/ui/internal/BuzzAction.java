package org.causerie.example.attention.ui.internal;

import org.causerie.example.attention.AttentionService;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Attention (Buzz)" in the roster's context menu: sends a buzz to the contact (XEP-0224 §3). */
@Component(service = RosterActionContribution.class)
public final class BuzzAction implements RosterActionContribution {

    /** The action's id. */
    public static final String ID = "org.causerie.example.attention.buzz";

    private final AttentionService attention;
    private final SentBuzzes sent;

    @Activate
    public BuzzAction(@Reference AttentionService attention, @Reference SentBuzzes sent) {
        this.attention = attention;
        this.sent = sent;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.action_buzz;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean appliesTo(ContactRef contact) {
        return true;
    }

    @Override
    public void run(ContactRef contact, Shell shell) {
        send(attention, sent, contact.accountId(), contact.address(), shell);
    }

    /** Sends a buzz; a failure is told in a dialog on the shell's display thread. */
    static void send(AttentionService attention, SentBuzzes sent, String accountId, String address, Shell shell) {
        attention.buzz(accountId, address).whenComplete((done, error) -> {
            if (error == null) {
                sent.sent(accountId, address);
                return;
            }
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (shell.isDisposed()) {
                        return;
                    }
                    MessageBox box = new MessageBox(shell, SWT.ICON_WARNING | SWT.OK);
                    box.setText(Messages.error_title);
                    box.setMessage(NLS.bind(Messages.error_text, address, cause.getMessage()));
                    box.open();
                });
            }
        });
    }
}
