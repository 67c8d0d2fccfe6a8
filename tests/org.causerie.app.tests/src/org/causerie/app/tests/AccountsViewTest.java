package org.causerie.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.app.internal.Messages;
import org.causerie.app.internal.accounts.WidgetIds;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.CertificateInfo;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Accounts view of the real workbench against the harness's ejabberd: an account
 * added through the dialog connects; a wrong password is told in words; an unknown
 * certificate brings the trust prompt with the right fingerprint, and trusting it
 * connects.
 */
@ExtendWith(EjabberdExtension.class)
class AccountsViewTest {

    private static final int STATE = 2;
    private static final int ERROR = 3;
    private static final AtomicInteger RESOURCES = new AtomicInteger();

    private static WorkbenchRunner workbench;
    private static Ui ui;
    private static Shell window;
    private static ServiceTracker<AccountService, AccountService> tracker;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
        ui = new Ui(workbench.display());
        window = ui.shell("Causerie");
    }

    @AfterAll
    static void closeWorkbench() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
        if (tracker != null) {
            tracker.close();
        }
    }

    @AfterEach
    void removeAccounts() {
        AccountService accounts = accounts();
        accounts.accounts().forEach(account -> accounts.remove(account.id()));
        ui.waitFor("the table to empty", () -> table().getItemCount() == 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void accountAddedThroughTheDialogConnects(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        addAccount(server, alice.jid(), alice.password(), server.certificateSha256());

        connect(alice.jid());
        waitForCell(alice.jid(), STATE, Messages.state_CONNECTED);
        ui.screenshot("connected");
        assertTrue(ui.read(() -> Ui.named(window, Label.class, WidgetIds.KEY, WidgetIds.STATUS_LINE).getText())
                .contains(alice.jid()));

        ui.select(ui.waitFor(alice.jid() + " in the table", () -> row(alice.jid())));
        ui.click(ui.read(() -> Ui.button(window, Messages.accounts_disconnect)));
        waitForCell(alice.jid(), STATE, Messages.state_DISCONNECTED);
    }

    @Test
    void wrongPasswordIsToldInWords(EjabberdServer server) {
        TestAccount bob = TestAccounts.fresh(server, "bob");
        addAccount(server, bob.jid(), bob.password() + "-wrong", server.certificateSha256());

        connect(bob.jid());
        waitForCell(bob.jid(), ERROR, Messages.error_WRONG_PASSWORD);
        waitForCell(bob.jid(), STATE, Messages.state_FAILED);
        assertTrue(ui.read(() -> Ui.button(window, Messages.accounts_connect).getEnabled()),
                "a failed account can be connected again");
        assertTrue(ui.read(() -> Ui.named(window, Label.class, WidgetIds.KEY, WidgetIds.STATUS_LINE).getText())
                .contains(Messages.error_WRONG_PASSWORD), "the status line says why");
        ui.screenshot("wrong-password");
    }

    @Test
    void unknownCertificateIsTrustedThroughThePrompt(EjabberdServer server) {
        TestAccount carol = TestAccounts.fresh(server, "carol");
        addAccount(server, carol.jid(), carol.password(), "");

        connect(carol.jid());
        Shell prompt = ui.shell(Messages.trust_title);
        String expected = new CertificateInfo(server.certificateSha256(), "", "", java.time.Instant.EPOCH)
                .displayFingerprint();
        assertEquals(expected, ui.read(() -> Ui.named(prompt, Text.class, WidgetIds.KEY, WidgetIds.TRUST_FINGERPRINT).getText()));
        ui.screenshot("trust-prompt");
        ui.click(ui.read(() -> Ui.dialogButton(prompt, IDialogConstants.OK_ID)));
        ui.waitClosed(prompt);

        waitForCell(carol.jid(), STATE, Messages.state_CONNECTED);
        Account stored = accounts().accounts().stream().filter(a -> a.jid().equals(carol.jid())).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(server.certificateSha256()), stored.pinnedCertificate());
    }

    private void addAccount(EjabberdServer server, String jid, String password, String fingerprint) {
        ui.click(ui.read(() -> Ui.button(window, Messages.accounts_add)));
        Shell dialog = ui.shell(Messages.dialog_addTitle);
        ui.run(() -> {
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JID).setText(jid);
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.PASSWORD).setText(password);
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.HOST).setText(server.host());
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.PORT).setText(Integer.toString(server.c2sPort()));
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.RESOURCE).setText("ui-test-" + RESOURCES.incrementAndGet());
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.FINGERPRINT).setText(fingerprint);
        });
        ui.screenshot("account-dialog-" + jid.substring(0, jid.indexOf('-')));
        Button ok = ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID));
        assertTrue(ui.read(ok::getEnabled), "OK is enabled once the fields are valid");
        ui.click(ok);
        ui.waitClosed(dialog);
        ui.waitFor(jid + " in the table", () -> row(jid));
    }

    private void connect(String jid) {
        ui.select(ui.waitFor(jid + " in the table", () -> row(jid)));
        Button connect = ui.read(() -> Ui.button(window, Messages.accounts_connect));
        assertTrue(ui.read(connect::getEnabled), "Connect is enabled for a disconnected account");
        ui.click(connect);
    }

    private void waitForCell(String jid, int column, String expected) {
        ui.waitFor(jid + " showing '" + expected + "'", () -> row(jid)
                .filter(item -> expected.equals(item.getText(column))).map(item -> true));
    }

    /** Called on the display thread. */
    private static Optional<TableItem> row(String jid) {
        return Arrays.stream(table().getItems()).filter(item -> jid.equals(item.getText(0))).findFirst();
    }

    private static Table table() {
        return Ui.named(window, Table.class, WidgetIds.KEY, WidgetIds.TABLE);
    }

    private static synchronized AccountService accounts() {
        if (tracker == null) {
            tracker = new ServiceTracker<>(FrameworkUtil.getBundle(AccountsViewTest.class).getBundleContext(),
                    AccountService.class, null);
            tracker.open();
        }
        try {
            return tracker.waitForService(Ui.TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
