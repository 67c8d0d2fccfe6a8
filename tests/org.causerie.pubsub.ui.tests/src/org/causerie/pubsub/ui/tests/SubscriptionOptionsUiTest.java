package org.causerie.pubsub.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.pubsub.ui.internal.dialogs.SubscriptionOptionsDialog;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscription options (XEP-0060 §6.3) from the browser and from My Subscriptions.
 * The harness's ejabberd 23.01 does not offer them (its flat plugin lacks the
 * feature): Subscribe subscribes without opening the options, and the options
 * dialog tells the refusal in words (OK off: nothing to submit), keeping the
 * subscription as it was.
 */
@ExtendWith({EjabberdExtension.class, SharedWorkbench.class})
class SubscriptionOptionsUiTest {

    private static final String KEY = WidgetIds.KEY;
    private static WorkbenchRunner workbench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        workbench = SharedWorkbench.workbench();
        ui = SharedWorkbench.ui();
    }

    @Test
    void theServiceRefusalIsToldInTheOptionsDialog(EjabberdServer server) {
        TestAccount user = TestAccounts.fresh(server, "erin");
        XmppSession erin = Sessions.connect(server, user);
        try {
            PubSubService pubsub = Services.get(PubSubService.class);
            NodeId node = new NodeId(erin.account().id(), "pubsub." + server.domain(),
                    "news-" + Long.toString(System.nanoTime() % 1_000_000, 36));
            Waiting.await(pubsub.create(node, NodeKind.LEAF, Optional.empty()));
            PubSubUi pubsubUi = ui.read(() -> workbench.application().getContext().get(PubSubUi.class));
            ui.run(pubsubUi::showBrowser);
            Shell window = ui.shell("Causerie");
            SharedWorkbench.selectNode(window, user.jid(), node);
            Label status = ui.read(() -> Ui.named(window, Label.class, KEY, WidgetIds.BROWSER_STATUS));
            ui.waitFor("the node's items", () -> ui.read(() -> status.getText().equals("Items: 0")
                    ? Optional.of(true) : Optional.empty()));

            // Subscribe: the service does not advertise options, so none are offered.
            ui.click(button(window, "subscribe"));
            ui.waitFor("subscribed", () -> ui.read(() -> status.getText().equals("Subscribed to " + node.node() + ".")
                    ? Optional.of(true) : Optional.empty()));
            ui.screenshot("pubsub-subscribed");
            Subscription subscription = Waiting.await(pubsub.subscriptions(erin.account().id())).stream()
                    .filter(s -> s.node().node().equals(node.node())).findFirst().orElseThrow();
            assertEquals(SubscriptionState.SUBSCRIBED, subscription.state());
            assertTrue(dialog(WidgetIds.OPTIONS_DIALOG).isEmpty(), "no options dialog without the feature");

            // Subscription Options... tells the refusal; OK keeps the dialog open with it.
            ui.click(button(window, "options"));
            Shell options = ui.waitFor("the options dialog", () -> dialog(WidgetIds.OPTIONS_DIALOG));
            String refusal = refusal(options);
            assertEquals("pubsub." + server.domain() + " does not offer subscription options (XEP-0060 \u00a76.3);"
                    + " the subscription is unchanged.", refusal);
            assertTrue(answerShown(options).contains("feature-not-implemented [unsupported: subscription-options]"));
            assertTrue(ui.read(() -> !Ui.dialogButton(options, IDialogConstants.OK_ID).isEnabled()),
                    "nothing to submit");
            ui.screenshot("pubsub-options-refused");
            ui.click(ui.read(() -> Ui.dialogButton(options, IDialogConstants.CANCEL_ID)));
            ui.waitClosed(options);

            // The same from My Subscriptions.
            ui.run(pubsubUi::showNotifications);
            ui.click(button(window, "subscriptions"));
            Shell list = ui.waitFor("my subscriptions", () -> dialog(WidgetIds.SUBSCRIPTIONS_DIALOG));
            Table table = ui.read(() -> Ui.all(list, Table.class, t -> true).get(0));
            var row = ui.waitFor("the subscription's row", () -> ui.read(() -> Arrays.stream(table.getItems())
                    .filter(r -> r.getText(1).contains(node.node())).findFirst()));
            ui.select(row);
            ui.click(ui.read(() -> Ui.named(list, Button.class, KEY, WidgetIds.SUBSCRIPTIONS_OPTIONS)));
            Shell fromList = ui.waitFor("the options dialog from the list", () -> dialog(WidgetIds.OPTIONS_DIALOG));
            assertTrue(refusal(fromList).contains("does not offer subscription options"));
            assertTrue(answerShown(fromList).contains("[unsupported: subscription-options]"));
            ui.screenshot("pubsub-options-from-subscriptions");
            ui.click(ui.read(() -> Ui.dialogButton(fromList, IDialogConstants.CANCEL_ID)));
            ui.waitClosed(fromList);
            ui.click(ui.read(() -> Ui.dialogButton(list, IDialogConstants.OK_ID)));
            ui.waitClosed(list);

            // Nothing was lost: still subscribed.
            assertTrue(Waiting.await(pubsub.subscriptions(erin.account().id())).stream()
                    .anyMatch(s -> s.node().node().equals(node.node()) && s.state() == SubscriptionState.SUBSCRIBED));
            Waiting.await(pubsub.delete(node));
        } finally {
            Sessions.disconnect(erin);
        }
    }

    /** @return the words the options dialog shows once the service has answered */
    private static String refusal(Shell shell) {
        SubscriptionOptionsDialog dialog = ui.read(() -> (SubscriptionOptionsDialog) shell.getData(
                WidgetIds.OPTIONS_DIALOG));
        return ui.waitFor("the service's answer", () -> ui.read(dialog::problem));
    }

    /** @return the service's answer as the dialog's body shows it */
    private static String answerShown(Shell shell) {
        return ui.read(() -> Ui.all(shell, Label.class, l -> l.getText().startsWith("The form could not be loaded"))
                .get(0).getText());
    }

    private static Button button(Shell root, String action) {
        return ui.read(() -> Ui.named(root, Button.class, KEY, WidgetIds.ACTION + action));
    }

    private static Optional<Shell> dialog(String id) {
        return ui.read(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(KEY))).findFirst());
    }
}
