package org.causerie.app.internal.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.causerie.app.internal.Messages;
import org.causerie.core.CertificateInfo;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
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
 * Asks whether to trust a certificate that does not validate (trust on first use):
 * shows its subject, issuer, expiry and SHA-256 fingerprint. "Cancel" is the
 * default button, so a hasty Enter trusts nothing.
 */
final class TrustPrompt extends Dialog {

    private final String jid;
    private final CertificateInfo certificate;

    TrustPrompt(Shell parent, String jid, CertificateInfo certificate) {
        super(parent);
        this.jid = jid;
        this.certificate = certificate;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.trust_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        Label message = new Label(area, SWT.WRAP);
        message.setText(NLS.bind(Messages.trust_message, jid));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 560;
        message.setLayoutData(wide);
        field(area, Messages.trust_subject, certificate.subject(), null);
        field(area, Messages.trust_issuer, certificate.issuer(), null);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault()).format(certificate.notAfter());
        field(area, Messages.trust_expires, expires, null);
        field(area, Messages.trust_fingerprint, certificate.displayFingerprint(), WidgetIds.TRUST_FINGERPRINT);
        return area;
    }

    /** A read-only text, so the user can copy a value to compare it. */
    private static void field(Composite area, String label, String value, String id) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.READ_ONLY | SWT.WRAP);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (id != null) {
            WidgetIds.name(text, id);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.trust_accept, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.trust_cancel, true);
    }
}
