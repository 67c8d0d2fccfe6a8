package org.causerie.pubsub.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubService;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser shows a node's items 50 at a time (XEP-0059); More Items brings the older ones. */
@ExtendWith({EjabberdExtension.class, SharedWorkbench.class})
class ItemPagingUiTest {

    private static final String KEY = WidgetIds.KEY;
    private static WorkbenchRunner workbench;
    private static Ui ui;

    @BeforeAll
    static void start() {
        workbench = SharedWorkbench.workbench();
        ui = SharedWorkbench.ui();
    }

    @Test
    void moreItemsBringsTheOlderPage(EjabberdServer server) {
        TestAccount user = TestAccounts.fresh(server, "frank");
        XmppSession frank = Sessions.connect(server, user);
        try {
            PubSubService pubsub = Services.get(PubSubService.class);
            NodeId node = new NodeId(frank.account().id(), "pubsub." + server.domain(),
                    "log-" + Long.toString(System.nanoTime() % 1_000_000, 36));
            Waiting.await(pubsub.create(node, NodeKind.LEAF, Optional.empty()));
            for (int i = 1; i <= 55; i++) {
                Waiting.await(pubsub.publishXml(node, Optional.of("entry-" + i),
                        "<alert xmlns='urn:example:alerts'><n>" + i + "</n></alert>"));
            }
            PubSubUi pubsubUi = ui.read(() -> workbench.application().getContext().get(PubSubUi.class));
            ui.run(pubsubUi::showBrowser);
            Shell window = ui.shell("Causerie");
            SharedWorkbench.selectNode(window, user.jid(), node);
            Label status = ui.read(() -> Ui.named(window, Label.class, KEY, WidgetIds.BROWSER_STATUS));
            Table items = ui.read(() -> Ui.named(window, Table.class, KEY, WidgetIds.BROWSER_ITEMS));
            Button more = ui.read(() -> Ui.named(window, Button.class, KEY, WidgetIds.ACTION + "more"));
            ui.waitFor("the first page", () -> ui.read(() -> status.getText().equals("Items: 50 of 55")
                    ? Optional.of(true) : Optional.empty()));
            assertEquals(50, ui.read(items::getItemCount));
            assertTrue(ui.read(() -> rowsHave(items, "entry-55") && !rowsHave(items, "entry-5")),
                    "the newest 50: entry-55 down to entry-6");
            assertTrue(ui.read(more::isEnabled));
            ui.screenshot("pubsub-items-first-page");

            ui.click(more);
            ui.waitFor("the older page", () -> ui.read(() -> status.getText().equals("Items: 55")
                    ? Optional.of(true) : Optional.empty()));
            assertEquals(55, ui.read(items::getItemCount));
            assertTrue(ui.read(() -> rowsHave(items, "entry-1") && rowsHave(items, "entry-5")));
            assertFalse(ui.read(more::isEnabled), "no older items");
            // Newest on top, the older page under it.
            assertTrue(ui.read(() -> Arrays.asList(items.getItems()).indexOf(row(items, "entry-55"))
                    < Arrays.asList(items.getItems()).indexOf(row(items, "entry-1"))));
            ui.screenshot("pubsub-items-all");
            Waiting.await(pubsub.delete(node));
        } finally {
            Sessions.disconnect(frank);
        }
    }

    private static boolean rowsHave(Table table, String id) {
        return row(table, id) != null;
    }

    private static org.eclipse.swt.widgets.TableItem row(Table table, String id) {
        for (var item : table.getItems()) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                if (item.getText(c).equals(id)) {
                    return item;
                }
            }
        }
        return null;
    }
}
