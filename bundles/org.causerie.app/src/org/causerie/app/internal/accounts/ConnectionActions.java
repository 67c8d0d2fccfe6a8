package org.causerie.app.internal.accounts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.causerie.app.internal.Messages;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.CertificateInfo;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.XmppSession;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Connects and disconnects accounts without ever waiting on the display thread:
 * the service's futures complete on background threads and their outcome is
 * handed back with {@link Display#asyncExec}. Remembers each account's last failed
 * attempt and, for an untrusted certificate, asks whether to trust it.
 */
final class ConnectionActions {

    private final AccountService accounts;
    private final Shell shell;
    private final Display display;
    private final Runnable refresh;
    private final Consumer<String> status;
    private final Map<String, ConnectionError> lastErrors = new HashMap<>();

    ConnectionActions(AccountService accounts, Shell shell, Runnable refresh, Consumer<String> status) {
        this.accounts = accounts;
        this.shell = shell;
        this.display = shell.getDisplay();
        this.refresh = refresh;
        this.status = status;
    }

    /** @return the last failed attempt of the account, if it has not connected since */
    Optional<ConnectionError> lastError(String accountId) {
        return Optional.ofNullable(lastErrors.get(accountId));
    }

    void forget(String accountId) {
        lastErrors.remove(accountId);
    }

    void connect(Account account) {
        lastErrors.remove(account.id());
        status.accept(NLS.bind(Messages.accounts_statusConnecting, account.jid()));
        CompletableFuture<XmppSession> attempt;
        try {
            attempt = accounts.connect(account.id());
        } catch (RuntimeException e) {
            // e.g. the secure storage cannot be read: a failed attempt like any other
            attempt = CompletableFuture.failedFuture(e);
        }
        attempt.whenComplete((session, failure) -> onDisplay(() -> connected(account, session, failure)));
        refresh.run();
    }

    void disconnect(Account account) {
        lastErrors.remove(account.id());
        accounts.disconnect(account.id()).whenComplete((ignored, failure) -> onDisplay(() -> {
            status.accept(NLS.bind(Messages.accounts_statusDisconnected, account.jid()));
            refresh.run();
        }));
    }

    private void connected(Account account, XmppSession session, Throwable failure) {
        if (failure == null) {
            lastErrors.remove(account.id());
            status.accept(NLS.bind(Messages.accounts_statusConnected, account.jid(),
                    session.boundJid()));
            refresh.run();
            return;
        }
        ConnectionError error = errorOf(failure);
        lastErrors.put(account.id(), error);
        String words = StatusTexts.error(error.kind());
        if (error.kind() == ConnectionError.Kind.OTHER && !error.detail().isEmpty()) {
            words = words + " (" + error.detail() + ")";
        }
        status.accept(NLS.bind(Messages.accounts_statusFailed, account.jid(), words));
        refresh.run();
        if (error.kind() == ConnectionError.Kind.UNTRUSTED_CERTIFICATE && error.certificate().isPresent()) {
            askTrust(account, error.certificate().get());
        }
    }

    private void askTrust(Account account, CertificateInfo certificate) {
        if (new TrustPrompt(shell, account.jid(), certificate).open() != Window.OK) {
            return;
        }
        accounts.pinCertificate(account.id(), certificate.sha256());
        accounts.account(account.id()).ifPresent(this::connect);
    }

    static ConnectionError errorOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ConnectionException connection) {
            return connection.error();
        }
        return ConnectionError.of(ConnectionError.Kind.OTHER,
                NLS.bind(Messages.error_unexpected, String.valueOf(cause.getMessage())));
    }

    private void onDisplay(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
