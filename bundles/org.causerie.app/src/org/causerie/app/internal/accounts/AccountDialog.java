package org.causerie.app.internal.accounts;

import java.util.Optional;

import org.causerie.app.internal.Messages;
import org.causerie.core.Account;
import org.causerie.core.TlsPolicy;
import org.eclipse.jface.dialogs.IDialogConstants;
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
 * Adds or edits an account: JID, password (masked), server host and port, resource,
 * priority, TLS policy, auto-connect and an optional certificate to trust. OK is
 * enabled only while the fields are valid; the first problem is shown in words.
 */
final class AccountDialog extends TitleAreaDialog {

    /** What the user confirmed: the account and the new password, if one was typed. */
    record Result(Account account, Optional<char[]> password) {
    }

    private final Optional<Account> original;
    private Text jid;
    private Text password;
    private Text host;
    private Text port;
    private Text resource;
    private Text priority;
    private Combo tls;
    private Button autoConnect;
    private Text fingerprint;
    private Result result;

    AccountDialog(Shell parent, Optional<Account> original) {
        super(parent);
        this.original = original;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(original.isPresent() ? Messages.dialog_editTitle : Messages.dialog_addTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(original.isPresent() ? Messages.dialog_editTitle : Messages.dialog_addTitle);
        setMessage(original.map(a -> NLS.bind(Messages.dialog_editMessage, a.jid()))
                .orElse(Messages.dialog_addMessage));
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        jid = text(form, Messages.dialog_jid, WidgetIds.JID, SWT.BORDER);
        password = text(form, Messages.dialog_password, WidgetIds.PASSWORD, SWT.BORDER | SWT.PASSWORD);
        if (original.isPresent()) {
            password.setMessage(Messages.dialog_passwordKeep);
        }
        host = text(form, Messages.dialog_host, WidgetIds.HOST, SWT.BORDER);
        port = text(form, Messages.dialog_port, WidgetIds.PORT, SWT.BORDER);
        resource = text(form, Messages.dialog_resource, WidgetIds.RESOURCE, SWT.BORDER);
        priority = text(form, Messages.dialog_priority, WidgetIds.PRIORITY, SWT.BORDER);
        label(form, Messages.dialog_tls);
        tls = WidgetIds.name(new Combo(form, SWT.READ_ONLY), WidgetIds.TLS);
        for (TlsPolicy policy : TlsPolicy.values()) {
            tls.add(StatusTexts.tls(policy));
        }
        fingerprint = text(form, Messages.dialog_fingerprint, WidgetIds.FINGERPRINT, SWT.BORDER);
        ((GridData) fingerprint.getLayoutData()).widthHint = 420;
        new Label(form, SWT.NONE);
        autoConnect = WidgetIds.name(new Button(form, SWT.CHECK), WidgetIds.AUTO_CONNECT);
        autoConnect.setText(Messages.dialog_autoConnect);
        fill(original.orElseGet(() -> Account.builder("user@example.org").build()));
        if (original.isEmpty()) {
            jid.setText("");
        }
        for (Text text : new Text[] {jid, password, host, port, resource, priority, fingerprint}) {
            text.addListener(SWT.Modify, e -> changed());
        }
        return area;
    }

    private void fill(Account account) {
        jid.setText(account.jid());
        host.setText(account.host().orElse(""));
        port.setText(account.port().isPresent() ? Integer.toString(account.port().getAsInt()) : "");
        resource.setText(account.resource());
        priority.setText(Integer.toString(account.priority()));
        tls.select(account.tlsPolicy().ordinal());
        autoConnect.setSelection(account.autoConnect());
        fingerprint.setText(account.pinnedCertificate().orElse(""));
    }

    private static Label label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Text text(Composite form, String label, String id, int style) {
        label(form, label);
        Text text = WidgetIds.name(new Text(form, style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(form().problem(original.isEmpty()).isEmpty());
    }

    private void changed() {
        Optional<String> problem = form().problem(original.isEmpty());
        setErrorMessage(problem.orElse(null));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem.isEmpty());
        }
    }

    private AccountForm form() {
        return new AccountForm(jid.getText(), password.getText(), host.getText(), port.getText(),
                resource.getText(), priority.getText(), TlsPolicy.values()[Math.max(0, tls.getSelectionIndex())],
                autoConnect.getSelection(), fingerprint.getText());
    }

    @Override
    protected void okPressed() {
        AccountForm form = form();
        Optional<String> problem = form.problem(original.isEmpty());
        if (problem.isPresent()) {
            setErrorMessage(problem.get());
            return;
        }
        Optional<char[]> newPassword = form.password().isEmpty() ? Optional.empty()
                : Optional.of(form.password().toCharArray());
        result = new Result(form.toAccount(original), newPassword);
        super.okPressed();
    }

    /** @return what the user confirmed, after {@link #open()} returned OK */
    Optional<Result> result() {
        return Optional.ofNullable(result);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
