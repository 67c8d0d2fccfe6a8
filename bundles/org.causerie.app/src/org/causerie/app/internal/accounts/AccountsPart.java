package org.causerie.app.internal.accounts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.causerie.app.internal.DemoAccounts;
import org.causerie.app.internal.Messages;
import org.causerie.app.internal.StartupMarker;
import org.causerie.core.AccountListener;
import org.causerie.core.AccountService;
import org.causerie.core.ConnectionState;
import org.causerie.core.ConnectionStatus;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Accounts view (an e4 POJO part): the accounts with their state and last
 * error, buttons to add, edit, remove, connect and disconnect them, and a status
 * line. Accounts marked auto-connect connect once the window is shown.
 */
public final class AccountsPart implements AccountButtons.Actions {

    @Inject
    @Service
    private AccountService accounts;

    private Display display;
    private AccountsTable table;
    private AccountButtons buttons;
    private Label statusLine;
    private ConnectionActions connections;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AccountListener listener = new AccountListener() {
        @Override
        public void accountsChanged() {
            refreshLater();
        }

        @Override
        public void statusChanged(ConnectionStatus status) {
            refreshLater();
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(2, false));
        table = new AccountsTable(parent);
        table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        buttons = new AccountButtons(parent, table, this);
        statusLine = WidgetIds.name(new Label(parent, SWT.NONE), WidgetIds.STATUS_LINE);
        statusLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        statusLine.setText(Messages.accounts_statusReady);
        connections = new ConnectionActions(accounts, parent.getShell(), this::refresh, this::showStatus);
        table.viewer().addSelectionChangedListener(e -> buttons.update(table.selected()));
        table.viewer().addDoubleClickListener(e -> table.selected().ifPresent(this::edit));
        accounts.addListener(listener);
        refresh();
        display.asyncExec(() -> afterWindowShown(parent.getShell()));
    }

    /** Runs once the event loop runs, that is once the workbench window is open. */
    private void afterWindowShown(Shell shell) {
        if (shell.isDisposed()) {
            return;
        }
        if (shell.isVisible()) {
            StartupMarker.windowShown();
        } else {
            shell.addListener(SWT.Show, e -> display.asyncExec(StartupMarker::windowShown));
        }
        DemoAccounts.configure(accounts);
        accounts.accounts().stream()
                .filter(account -> account.autoConnect())
                .filter(account -> accounts.status(account.id()).state() == ConnectionState.DISCONNECTED)
                .forEach(connections::connect);
    }

    @Focus
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        accounts.removeListener(listener);
    }

    private void refreshLater() {
        if (refreshPending.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (table.viewer().getControl().isDisposed()) {
            return;
        }
        List<AccountRow> rows = accounts.accounts().stream().map(account -> {
            ConnectionStatus status = accounts.status(account.id());
            return new AccountRow(account, status, status.error().or(() -> connections.lastError(account.id())));
        }).toList();
        table.show(rows);
        buttons.update(table.selected());
    }

    private void showStatus(String text) {
        if (!statusLine.isDisposed()) {
            statusLine.setText(text);
        }
    }

    @Override
    public void add() {
        AccountDialog dialog = new AccountDialog(statusLine.getShell(), Optional.empty());
        if (dialog.open() == Window.OK) {
            dialog.result().ifPresent(this::save);
        }
    }

    @Override
    public void edit(AccountRow row) {
        AccountDialog dialog = new AccountDialog(statusLine.getShell(), Optional.of(row.account()));
        if (dialog.open() == Window.OK) {
            dialog.result().ifPresent(this::save);
        }
    }

    private void save(AccountDialog.Result result) {
        try {
            accounts.save(result.account(), result.password().orElse(null));
        } catch (RuntimeException e) {
            // e.g. the secure storage cannot be written: say so instead of failing the view
            MessageDialog.openError(statusLine.getShell(), Messages.accounts_saveFailedTitle,
                    NLS.bind(Messages.accounts_saveFailed, result.account().jid(), e.getMessage()));
        }
    }

    @Override
    public void remove(AccountRow row) {
        if (MessageDialog.openQuestion(statusLine.getShell(), Messages.accounts_removeTitle,
                NLS.bind(Messages.accounts_removeQuestion, row.account().jid()))) {
            connections.forget(row.account().id());
            accounts.remove(row.account().id());
        }
    }

    @Override
    public void connect(AccountRow row) {
        connections.connect(row.account());
    }

    @Override
    public void disconnect(AccountRow row) {
        connections.disconnect(row.account());
    }
}
