package org.causerie.filetransfer.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causerie.core.Account;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.FileTransferSettings;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
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
 * The file transfer settings: this client's SOCKS5 port (7777 by default, the same
 * as many servers' proxy65: another free one is used when it is taken), the size
 * over which an incoming file needs consent, and a SOCKS5 proxy per account
 * ("jid host:port", or empty to use the server's), and whether files sent offer
 * their MD5 to be checked (off by default: it costs one more read of the whole
 * file before the transfer starts). Bad input is said under the
 * fields and nothing is applied until it is fixed.
 */
final class SettingsDialog extends Dialog {

    private static final long MIB = 1024L * 1024L;

    private final FileTransferService service;
    private final List<Account> accounts;
    private final Map<String, String> proxies;
    private Text port;
    private Text limit;
    private Combo account;
    private Text proxy;
    private Button offerHash;
    private Label problem;

    SettingsDialog(Shell parent, FileTransferService service, List<Account> accounts) {
        super(parent);
        this.service = service;
        this.accounts = accounts;
        this.proxies = new HashMap<>(service.settings().proxies());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.settings_title);
        shell.setData(WidgetIds.KEY, WidgetIds.SETTINGS_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        FileTransferSettings now = service.settings();
        port = field(area, Messages.settings_port, Integer.toString(now.localPort()), WidgetIds.SETTINGS_PORT);
        service.localStreamHostPort().ifPresent(p -> hint(area, NLS.bind(Messages.settings_portInUse, p)));
        limit = field(area, Messages.settings_limit, Long.toString(now.sizeLimit() / MIB), WidgetIds.SETTINGS_LIMIT);
        new Label(area, SWT.NONE).setText(Messages.settings_account);
        account = new Combo(area, SWT.READ_ONLY);
        accounts.forEach(a -> account.add(a.jid()));
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        proxy = field(area, Messages.settings_proxy, "", WidgetIds.SETTINGS_PROXY);
        hint(area, Messages.settings_proxyHint);
        account.addListener(SWT.Selection, e -> proxy.setText(proxies.getOrDefault(selected(), "")));
        proxy.addListener(SWT.Modify, e -> {
            if (selected() != null) {
                proxies.put(selected(), proxy.getText().trim());
            }
        });
        proxy.setEnabled(!accounts.isEmpty());
        if (!accounts.isEmpty()) {
            account.select(0);
            proxy.setText(proxies.getOrDefault(selected(), ""));
        }
        offerHash = new Button(area, SWT.CHECK);
        offerHash.setText(Messages.settings_offerHash);
        offerHash.setSelection(now.offerHash());
        offerHash.setData(WidgetIds.KEY, WidgetIds.SETTINGS_OFFER_HASH);
        offerHash.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        hint(area, Messages.settings_offerHashHint);
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    private String selected() {
        int index = account.getSelectionIndex();
        return index < 0 ? null : accounts.get(index).id();
    }

    private static Text field(Composite area, String label, String value, String id) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER);
        text.setText(value);
        text.setData(WidgetIds.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        return text;
    }

    private static void hint(Composite area, String text) {
        new Label(area, SWT.NONE);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        hint.setLayoutData(data);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                int newPort = Integer.parseInt(port.getText().trim());
                long newLimit = Long.parseLong(limit.getText().trim());
                if (newLimit < 0 || newLimit > Long.MAX_VALUE / MIB) {
                    throw new IllegalArgumentException();
                }
                Map<String, String> kept = new HashMap<>();
                proxies.forEach((k, v) -> {
                    if (!v.isBlank()) {
                        kept.put(k, v);
                    }
                });
                service.configure(new FileTransferSettings(newPort, newLimit * MIB, kept, offerHash.getSelection()));
            } catch (IllegalArgumentException e) {
                problem.setText(Messages.settings_invalid);
                problem.getParent().layout();
                return;
            }
        }
        super.buttonPressed(id);
    }
}
