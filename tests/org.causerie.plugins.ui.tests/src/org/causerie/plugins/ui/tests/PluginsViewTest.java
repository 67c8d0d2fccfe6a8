package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.XmppSession;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.ui.internal.Messages;
import org.causerie.plugins.ui.internal.WidgetIds;
import org.causerie.roster.RosterService;
import org.causerie.roster.ui.internal.RosterPart;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person opens File > Plugins..., installs the sample plugin (a folder with
 * its two jars) while the roster view is open, and finds "Attention (Buzz)" in
 * a contact's context menu; uninstalling it from the view takes the action away.
 */
@ExtendWith(EjabberdExtension.class)
class PluginsViewTest extends WorkbenchTest {

    /** The sample plugin's action label (its Messages.properties; the test runs in English). */
    private static final String BUZZ = "Attention (Buzz)";


    @Test
    void installFromTheViewAddsTheRosterActionAndUninstallRemovesIt(EjabberdServer server, @TempDir Path folder)
            throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession session = Sessions.connect(server, alice);
        try {
            String account = session.account().id();
            Waiting.await(Services.get(RosterService.class).add(account, bob.jid(), Optional.of("Bob"), Set.of()));
            Runnable selectBob = () -> ui.select(ui.waitFor("bob in the roster view",
                    () -> contactItem(account, bob.jid())));
            selectBob.run();
            assertFalse(menu().contains(BUZZ), "no Attention action before the plugin");

            openPluginsView();
            Path jars = Files.createDirectories(folder.resolve("attention"));
            ExampleJars.copy("org.causerie.example.attention", jars);
            ExampleJars.copy("org.causerie.example.attention.ui", jars);
            ui.run(() -> named(Text.class, WidgetIds.SOURCE).setText(jars.toString()));
            ui.click(named(Button.class, WidgetIds.INSTALL));
            ui.waitFor("both plugins active in the table", () -> rows().stream()
                    .filter(r -> r.contains(Messages.state_ACTIVE)).count() == 2 ? Optional.of(true) : Optional.empty());
            // the table follows bundle events; the status line tells when the install call returned
            ui.waitFor("the status line telling the install", () -> Optional.of(Ui.named(window, Label.class,
                    WidgetIds.KEY, WidgetIds.STATUS).getText()).filter(t -> t.startsWith("Installed and started: ")
                            && t.contains("Attention (XEP-0224) UI")));
            assertTrue(rows().stream().anyMatch(r -> r.contains("XEP-0224") && r.contains("Causerie examples")),
                    rows().toString());
            ui.screenshot("plugins-installed");

            selectBob.run();
            ui.waitFor("the Attention action in bob's context menu",
                    () -> menu().contains(BUZZ) ? Optional.of(true) : Optional.empty());
            // the action works: bob, connected in this workbench too, gets the buzz in a conversation
            XmppSession bobSession = Sessions.connect(server, bob);
            try {
                runMenu(BUZZ);
                ui.waitFor("bob's conversation telling alice's buzz", () -> statusLabels().stream()
                        .filter(t -> t.contains(alice.jid() + " asked for your attention")).findFirst());
                ui.screenshot("buzz-from-roster-action");
            } finally {
                Sessions.disconnect(bobSession);
            }
            openPluginsView();

            for (String name : List.of("Attention (XEP-0224) UI", "Attention (XEP-0224)")) {
                TableItem row = ui.waitFor(name + " in the table", () -> item(name));
                ui.select(row);
                ui.click(named(Button.class, WidgetIds.UNINSTALL));
                ui.waitFor(name + " removed", () -> item(name).isEmpty() ? Optional.of(true) : Optional.empty());
            }
            ui.screenshot("plugins-uninstalled");
            selectBob.run();
            assertFalse(menu().contains(BUZZ), "the Attention action is gone");
            assertEquals(List.of(), rows());
        } finally {
            Sessions.disconnect(session);
        }
    }

    @Test
    void aBuzzSentFromTheChatPanelIsShownInThePeersConversation(EjabberdServer server, @TempDir Path folder)
            throws Exception {
        Path jars = Files.createDirectories(folder.resolve("attention"));
        ExampleJars.copy("org.causerie.example.attention", jars);
        ExampleJars.copy("org.causerie.example.attention.ui", jars);
        PluginService plugins = Services.get(PluginService.class);
        plugins.install(jars);
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = Sessions.connect(server, alice);
        XmppSession bobSession = Sessions.connect(server, bob);
        try {
            ConversationOpener opener = Services.get(ConversationOpener.class);
            ui.run(() -> opener.open(new ConversationRef(aliceSession.account().id(), bob.jid()), Optional.empty()));
            Button buzz = ui.waitFor("the Attention panel's Buzz button", () -> Ui.all(window, Button.class,
                    // the editor just opened is the visible one (others, of earlier tests, stay behind)
                    b -> PANEL_SEND.equals(b.getData("causerie.id")) && b.isVisible()).stream().findFirst());
            ui.click(buzz);
            // bob's client opens the conversation with alice, whose panel tells the buzz
            ui.waitFor("bob's Attention panel telling alice's buzz", () -> statusLabels().stream()
                    .filter(text -> text.contains(alice.jid() + " asked for your attention")).findFirst());
            ui.screenshot("buzz-received");
            ui.waitFor("alice's panel telling she buzzed bob", () -> statusLabels().stream()
                    .filter(text -> text.contains("You buzzed " + bob.jid())).findFirst());

            plugins.uninstall("org.causerie.example.attention.ui");
            plugins.uninstall("org.causerie.example.attention");
            ui.waitFor("the panels gone with the plugin",
                    () -> statusLabels().isEmpty() ? Optional.of(true) : Optional.empty());
        } finally {
            for (var plugin : plugins.plugins()) {
                plugins.uninstall(plugin.id());
            }
            Sessions.disconnect(aliceSession, bobSession);
        }
    }

    @Test
    void aPathThatIsNotAPluginIsExplainedAndKept(@TempDir Path folder) throws Exception {
        openPluginsView();
        Path missing = folder.resolve("no-such-plugin.jar");
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a plugin");
        for (Path path : List.of(missing, text)) {
            ui.run(() -> named(Text.class, WidgetIds.SOURCE).setText(path.toString()));
            ui.click(named(Button.class, WidgetIds.INSTALL));
            ui.waitFor("the reason in the status line", () -> Optional.of(Ui.named(window, Label.class,
                    WidgetIds.KEY, WidgetIds.STATUS).getText()).filter(t -> t.startsWith("Not done: ")
                            && t.contains(path.getFileName().toString())));
            assertEquals(path.toString(), ui.read(() -> named(Text.class, WidgetIds.SOURCE).getText()),
                    "what was typed stays");
        }
        ui.screenshot("plugins-error");
        String status = ui.read(() -> named(Label.class, WidgetIds.STATUS).getText());
        assertEquals("Not done: notes.txt is neither a plugin jar, a folder of jars nor a p2 repository"
                + " (folder or zip).", status);
        ui.run(() -> named(Text.class, WidgetIds.SOURCE).setText(""));
    }

    private static final String PANEL_SEND = "org.causerie.example.attention.panel.send";
    private static final String PANEL_STATUS = "org.causerie.example.attention.panel.status";

    /** Display thread: the texts of every Attention panel's status line. */
    private static List<String> statusLabels() {
        return Ui.all(window, Label.class, l -> PANEL_STATUS.equals(l.getData("causerie.id"))).stream()
                .map(Label::getText).toList();
    }

    private static void openPluginsView() {
        MenuItem item = ui.read(() -> {
            for (MenuItem top : window.getMenuBar().getItems()) {
                Menu menu = top.getMenu();
                if (menu == null) {
                    continue;
                }
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem candidate : menu.getItems()) {
                    if (candidate.getText().replace("&", "").startsWith("Plugins")) {
                        return candidate;
                    }
                }
            }
            throw new AssertionError("no Plugins... item in the menu bar");
        });
        ui.runAsync(() -> item.notifyListeners(SWT.Selection, new Event()));
        ui.waitFor("the Plugins view", () -> Ui.all(window, Table.class,
                t -> WidgetIds.TABLE.equals(t.getData(WidgetIds.KEY))).stream().findFirst());
    }

    private static <T extends org.eclipse.swt.widgets.Widget> T named(Class<T> type, String id) {
        return ui.read(() -> Ui.named(window, type, WidgetIds.KEY, id));
    }

    /** @return each table row's cells joined by " | " */
    private static List<String> rows() {
        return ui.read(() -> {
            List<String> rows = new ArrayList<>();
            Table table = Ui.named(window, Table.class, WidgetIds.KEY, WidgetIds.TABLE);
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    cells.add(item.getText(i));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        });
    }

    /** Display thread. */
    private static Optional<TableItem> item(String name) {
        Table table = Ui.named(window, Table.class, WidgetIds.KEY, WidgetIds.TABLE);
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name)).findFirst();
    }

    private static Tree rosterTreeControl() {
        return Ui.named(window, Tree.class, org.causerie.roster.ui.internal.view.WidgetIds.KEY,
                org.causerie.roster.ui.internal.view.WidgetIds.TREE);
    }

    /** Display thread: the tree item of the contact, once shown. */
    private static Optional<TreeItem> contactItem(String accountId, String jid) {
        RosterTree tree = (RosterTree) rosterTreeControl().getData(RosterPart.TREE_KEY);
        for (int i = 0; i < tree.model().roots().size(); i++) {
            if (tree.model().roots().get(i).accountId().equals(accountId)) {
                Optional<List<Integer>> path = find(tree.model().roots().get(i), new ArrayList<>(List.of(i)), jid);
                if (path.isPresent()) {
                    return tree.item(path.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Integer>> find(Row row, List<Integer> path, String jid) {
        if (row instanceof ContactRow contact && contact.contact().jid().equals(jid)) {
            return Optional.of(path);
        }
        for (int i = 0; i < row.children().size(); i++) {
            List<Integer> child = new ArrayList<>(path);
            child.add(i);
            Optional<List<Integer>> found = find(row.children().get(i), child, jid);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Runs the selected roster row's context menu item with this text (without waiting for what it does). */
    private static void runMenu(String text) {
        MenuItem item = ui.read(() -> {
            Menu menu = rosterTreeControl().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            for (MenuItem candidate : menu.getItems()) {
                if (candidate.getText().equals(text)) {
                    return candidate;
                }
            }
            throw new AssertionError("no menu item " + text);
        });
        ui.runAsync(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    /** @return the roster context menu's item texts for the selected row, as it would open now */
    private static List<String> menu() {
        return ui.read(() -> {
            Menu menu = rosterTreeControl().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            List<String> texts = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                texts.add(item.getText());
            }
            return texts;
        });
    }
}
