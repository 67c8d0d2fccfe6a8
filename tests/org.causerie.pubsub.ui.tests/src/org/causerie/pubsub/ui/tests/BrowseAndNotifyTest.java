package org.causerie.pubsub.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.NotificationLog;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The node browser and the notifications view in the real workbench: two accounts
 * connected in the same workbench, alice publishes through the browser, and bob's
 * subscription brings the item into the notifications view.
 */
@ExtendWith({EjabberdExtension.class, SharedWorkbench.class})
class BrowseAndNotifyTest {

    private static final String KEY = WidgetIds.KEY;
    private static WorkbenchRunner workbench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        workbench = SharedWorkbench.workbench();
        ui = SharedWorkbench.ui();
    }

    @Test
    void browsePublishAndSeeTheNotification(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            PubSubService pubsub = Services.get(PubSubService.class);
            NodeId node = new NodeId(alice.account().id(), "pubsub." + server.domain(),
                    "calendar-" + Long.toString(System.nanoTime() % 1_000_000, 36));
            Waiting.await(pubsub.create(node, NodeKind.LEAF, Optional.empty()));
            NodeId bobsView = new NodeId(bob.account().id(), node.service(), node.node());
            Waiting.await(pubsub.subscribe(bobsView, Optional.empty()));

            PubSubUi pubsubUi = ui.read(() -> workbench.application().getContext().get(PubSubUi.class));
            ui.run(pubsubUi::showBrowser);
            Shell window = ui.shell("Causerie");
            Combo account = ui.read(() -> Ui.named(window, Combo.class, KEY, WidgetIds.BROWSER_ACCOUNT));
            int aliceIndex = ui.waitFor("alice in the account list", () -> ui.read(() -> {
                int i = Arrays.asList(account.getItems()).indexOf(users.get(0).jid());
                return i < 0 ? Optional.<Integer>empty() : Optional.of(i);
            }));
            ui.run(() -> {
                if (account.getSelectionIndex() != aliceIndex) {
                    account.select(aliceIndex);
                    account.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            });
            Tree tree = ui.read(() -> Ui.named(window, Tree.class, KEY, WidgetIds.BROWSER_TREE));
            TreeItem item = ui.waitFor("the node in the tree", () -> ui.read(() -> Arrays.stream(tree.getItems())
                    .filter(i -> i.getText().startsWith(node.node())).findFirst()));
            ui.select(item);
            Table metadata = ui.read(() -> Ui.named(window, Table.class, KEY, WidgetIds.BROWSER_METADATA));
            ui.waitFor("the node's metadata", () -> ui.read(() -> metadata.getItemCount() > 0
                    && metadata.getItem(0).getText(1).equals("leaf") ? Optional.of(true) : Optional.empty()));
            assertEquals(Optional.of(node), ui.read(() -> pubsubUi.showBrowser().getObject() instanceof
                    org.causerie.pubsub.ui.internal.views.BrowserView view ? view.selected() : Optional.empty()));
            ui.screenshot("pubsub-browser");

            ui.click(button(window, "atom"));
            Shell dialog = ui.waitFor("the entry dialog", () -> dialog(WidgetIds.ATOM_DIALOG));
            ui.run(() -> {
                Ui.named(dialog, Text.class, KEY, WidgetIds.ATOM_TITLE).setText("Team meeting moved");
                Ui.named(dialog, Text.class, KEY, WidgetIds.ATOM_BODY).setText("Tuesday 10:00 in room B");
            });
            ui.screenshot("pubsub-atom-dialog");
            ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
            ui.waitClosed(dialog);
            Table items = ui.read(() -> Ui.named(window, Table.class, KEY, WidgetIds.BROWSER_ITEMS));
            ui.waitFor("the entry in the browser's items", () -> ui.read(() -> row(items, "Team meeting moved")));

            ui.run(pubsubUi::showNotifications);
            Table notifications = ui.read(() -> Ui.named(window, Table.class, KEY, WidgetIds.NOTIFICATIONS_TABLE));
            TableItem arrived = ui.waitFor("bob's notification", () -> ui.read(() ->
                    row(notifications, "Team meeting moved")));
            NotificationLog.Entry entry = ui.read(() -> (NotificationLog.Entry) arrived.getData());
            assertEquals(bob.account().id(), entry.node().accountId(), "the notification is bob's");
            assertEquals(node.node(), entry.node().node());
            ui.screenshot("pubsub-notifications");

            // A payload typed as XML is checked before sending: OK stays off until it is valid.
            ui.run(pubsubUi::showBrowser);
            ui.click(button(window, "xml"));
            Shell xml = ui.waitFor("the XML dialog", () -> dialog(WidgetIds.XML_DIALOG));
            Text payload = ui.read(() -> Ui.named(xml, Text.class, KEY, WidgetIds.XML_TEXT));
            ui.run(() -> payload.setText("<alert><level>high</alert>"));
            assertFalse(ui.read(() -> Ui.dialogButton(xml, IDialogConstants.OK_ID).isEnabled()));
            ui.screenshot("pubsub-xml-invalid");
            String big = "<alert xmlns='urn:example:alerts'><text>" + "x".repeat(4000) + "</text></alert>";
            ui.run(() -> payload.setText(big));
            assertTrue(ui.read(() -> Ui.dialogButton(xml, IDialogConstants.OK_ID).isEnabled()));
            ui.click(ui.read(() -> Ui.dialogButton(xml, IDialogConstants.OK_ID)));
            ui.waitClosed(xml);
            ui.run(pubsubUi::showNotifications);
            TableItem cut = ui.waitFor("the big item, cut", () -> ui.read(() -> row(notifications, "urn:example:alerts")));
            String shown = ui.read(() -> cut.getText(Arrays.asList(notifications.getColumns()).stream()
                    .map(org.eclipse.swt.widgets.TableColumn::getText).toList().indexOf("Content")));
            assertTrue(shown.length() < 400 && shown.contains("["), shown);
            ui.screenshot("pubsub-notifications-big");
            // Double-click shows the whole payload.
            ui.run(() -> {
                notifications.setSelection(cut);
                notifications.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            });
            Shell whole = ui.waitFor("the whole item", () -> ui.read(() -> Arrays.stream(workbench.display().getShells())
                    .filter(w -> !w.isDisposed() && w.isVisible() && w.getText().startsWith("Item ")).findFirst()));
            String wholeText = ui.read(() -> Ui.all(whole, org.eclipse.swt.custom.StyledText.class, t -> true).get(0)
                    .getText());
            assertTrue(wholeText.replaceAll("\\s", "").contains("x".repeat(4000)), "the whole payload is shown");
            ui.screenshot("pubsub-whole-item");
            ui.run(whole::close);

            // With desktop popups on, a new item shows one.
            Button popups = ui.read(() -> Ui.named(window, Button.class, KEY, WidgetIds.NOTIFICATIONS_POPUPS));
            ui.run(() -> {
                popups.setSelection(true);
                popups.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            Waiting.await(pubsub.publishXml(node, Optional.of("popup-item"),
                    "<alert xmlns='urn:example:alerts'><text>look up</text></alert>"));
            ui.waitFor("the desktop popup", () -> dialog(WidgetIds.POPUP));
            ui.screenshot("pubsub-popup");
            ui.run(() -> {
                popups.setSelection(false);
                popups.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void ownExtendedPresenceReachesTheContactsRoster(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "carol", "dave");
        server.rosters().addPair(users.get(0).user(), users.get(1).user());
        XmppSession carol = Sessions.connect(server, users.get(0));
        XmppSession dave = Sessions.connect(server, users.get(1));
        try {
            PubSubUi pubsubUi = ui.read(() -> workbench.application().getContext().get(PubSubUi.class));
            ui.runAsync(pubsubUi::editPresence);
            Shell dialog = ui.waitFor("the extended presence dialog", () -> dialog(WidgetIds.PRESENCE_DIALOG));
            String id = WidgetIds.PRESENCE_DIALOG;
            ui.run(() -> {
                Combo account = Ui.named(dialog, Combo.class, KEY, id + ".account");
                account.select(Arrays.asList(account.getItems()).indexOf(users.get(0).jid()));
                account.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                Combo mood = Ui.named(dialog, Combo.class, KEY, id + ".mood");
                mood.select(Arrays.asList(mood.getItems()).indexOf("happy"));
                Ui.named(dialog, Text.class, KEY, id + ".artist").setText("Nina Simone");
                Ui.named(dialog, Text.class, KEY, id + ".title").setText("Feeling Good");
                Ui.named(dialog, Text.class, KEY, id + ".locality").setText("Lyon");
            });
            ui.screenshot("pubsub-presence-dialog");
            ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
            ui.waitClosed(dialog);

            // dave's roster row for carol carries her mood, tune and town.
            Shell window = ui.shell("Causerie");
            String expected = "mood: happy";
            ui.screenshot("pubsub-roster-before");
            String row = ui.waitFor("carol's row with her extended presence", () -> ui.read(() ->
                    Ui.all(window, Tree.class, t -> true).stream().flatMap(t -> texts(t.getItems()).stream())
                            .filter(t -> t.contains(expected)).findFirst()));
            assertTrue(row.contains("Nina Simone") && row.contains("Lyon"), row);
            ui.screenshot("pubsub-roster-decorations");
        } finally {
            Sessions.disconnect(carol, dave);
        }
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> all = new java.util.ArrayList<>();
        for (TreeItem item : items) {
            all.add(item.getText());
            all.addAll(texts(item.getItems()));
        }
        return all;
    }

    private static Button button(Composite root, String action) {
        return ui.read(() -> Ui.named(root, Button.class, KEY, WidgetIds.ACTION + action));
    }

    private static Optional<Shell> dialog(String id) {
        return ui.read(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(KEY))).findFirst());
    }

    private static Optional<TableItem> row(Table table, String text) {
        return Arrays.stream(table.getItems())
                .filter(r -> Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6}).filter(c -> c < table.getColumnCount())
                        .anyMatch(c -> r.getText(c).contains(text)))
                .findFirst();
    }

}
