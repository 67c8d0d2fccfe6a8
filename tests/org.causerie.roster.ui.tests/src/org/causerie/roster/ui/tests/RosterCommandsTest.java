package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.RosterItem;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster view's Rename, Move to group and Remove commands, run from the
 * context menu through their dialogs; what they did is read back from the
 * server's own copy of the roster ({@code ejabberdctl get_roster}), not from the
 * client that did it.
 */
@ExtendWith(EjabberdExtension.class)
class RosterCommandsTest extends RosterTestBase {

    @Test
    void renameSetsTheNicknameOnTheServerAndEmptyShowsTheJid(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "Friends", "both")));
        String id = connect(server, alice).account().id();

        view.select(view.waitForRow("bob", id, contact(bob.jid(), c -> true)));
        view.runMenu(Messages.menu_rename);
        Shell dialog = ui.shell(Messages.rename_title);
        assertEquals("Bob", ui.read(() -> input(dialog).getText()), "the dialog starts from the nickname");
        assertTrue(ui.read(() -> labels(dialog)).contains(NLS.bind(Messages.rename_message, bob.jid())));
        ui.run(() -> input(dialog).setText("  Robert the Builder "));
        ui.screenshot("rename-dialog");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);

        Waiting.eventually(() -> "bob renamed on the server: " + server.rosters().of(alice.user()),
                () -> server.rosters().of(alice.user()).equals(List.of(
                        new RosterItem(alice.user(), bob.jid(), "Robert the Builder", "Friends", "both"))));
        RosterView.Shown renamed = view.waitForRow("bob's row renamed", id, r -> contact(bob.jid(),
                c -> c.name().equals(Optional.of("Robert the Builder"))).test(r) && r.text().startsWith("Robert"));
        assertEquals("Robert the Builder  [" + Messages.subscription_BOTH + "]", renamed.text());
        ui.screenshot("renamed");

        view.select(renamed);
        view.runMenu(Messages.menu_rename);
        Shell again = ui.shell(Messages.rename_title);
        assertEquals("Robert the Builder", ui.read(() -> input(again).getText()));
        ui.run(() -> input(again).setText(""));
        ui.click(ui.read(() -> Ui.dialogButton(again, IDialogConstants.OK_ID)));
        ui.waitClosed(again);
        Waiting.eventually(() -> "bob's nickname gone on the server: " + server.rosters().of(alice.user()),
                () -> server.rosters().of(alice.user()).equals(List.of(
                        new RosterItem(alice.user(), bob.jid(), "", "Friends", "both"))));
        RosterView.Shown unnamed = view.waitForRow("bob's row showing his JID", id,
                contact(bob.jid(), c -> c.name().isEmpty()));
        assertEquals(bob.jid() + "  [" + Messages.subscription_BOTH + "]", unnamed.text());
    }

    @Test
    void moveToGroupReplacesOnlyTheGroupTheRowIsUnder(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "Friends", "both")));
        String id = connect(server, alice).account().id();
        view.waitForRow("bob under Friends", id, inGroup(bob.jid(), "Friends"));
        Waiting.await(roster().setGroups(id, bob.jid(), Set.of("Friends", "Work")));
        Waiting.eventually(() -> "bob in two groups on the server: " + server.rosters().of(alice.user()),
                () -> groups(server, alice, bob).equals(Set.of("Friends", "Work")));

        view.select(view.waitForRow("bob under Work", id, inGroup(bob.jid(), "Work")));
        view.runMenu(Messages.menu_move);
        Shell dialog = ui.shell(Messages.move_title);
        assertEquals("Work", ui.read(() -> input(dialog).getText()), "the dialog starts from the row's group");
        assertTrue(ui.read(() -> labels(dialog)).contains(NLS.bind(Messages.move_message, "Bob", "Work")));
        ui.run(() -> input(dialog).setText("Climbing"));
        ui.screenshot("move-dialog");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);

        Waiting.eventually(() -> "bob moved from Work to Climbing on the server: " + server.rosters().of(alice.user()),
                () -> groups(server, alice, bob).equals(Set.of("Friends", "Climbing")));
        view.waitForRow("bob under Climbing", id, inGroup(bob.jid(), "Climbing"));
        view.waitForRow("bob still under Friends", id, inGroup(bob.jid(), "Friends"));
        view.waitForNoRow("no Work group left", id, r -> r instanceof GroupRow g && g.name().equals("Work"));
        view.waitForTreeMatchingModel(id);
        ui.screenshot("moved");

        // out of every group: the row goes under "No group"
        view.select(view.waitForRow("bob under Friends", id, inGroup(bob.jid(), "Friends")));
        view.runMenu(Messages.menu_move);
        Shell again = ui.shell(Messages.move_title);
        ui.run(() -> input(again).setText(" "));
        ui.click(ui.read(() -> Ui.dialogButton(again, IDialogConstants.OK_ID)));
        ui.waitClosed(again);
        Waiting.eventually(() -> "bob only in Climbing on the server: " + server.rosters().of(alice.user()),
                () -> groups(server, alice, bob).equals(Set.of("Climbing")));
        view.waitForNoRow("bob gone from Friends", id, inGroup(bob.jid(), "Friends"));
    }

    @Test
    void removeAsksFirstAndNoKeepsTheContact(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        TestAccount carol = users.get(2);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "Friends", "both"),
                new RosterItem(alice.jid(), carol.jid(), "Carol", "Friends", "both")));
        String id = connect(server, alice).account().id();
        view.waitForRow("carol", id, contact(carol.jid(), c -> true));

        view.select(view.waitForRow("bob", id, contact(bob.jid(), c -> true)));
        view.runMenu(Messages.menu_remove);
        Shell question = ui.shell(Messages.remove_title);
        assertTrue(ui.read(() -> labels(question)).contains(NLS.bind(Messages.remove_question, "Bob", alice.jid())),
                "the question names the contact and the account");
        ui.screenshot("remove-question");
        ui.click(ui.read(() -> Ui.button(question, IDialogConstants.NO_LABEL)));
        ui.waitClosed(question);

        // carol's removal goes out on the same stream after anything "No" could have sent for bob:
        // once the server has handled it, bob's removal would have been handled too
        view.select(view.waitForRow("carol", id, contact(carol.jid(), c -> true)));
        view.runMenu(Messages.menu_remove);
        Shell carolQuestion = ui.shell(Messages.remove_title);
        ui.click(ui.read(() -> Ui.button(carolQuestion, IDialogConstants.YES_LABEL)));
        ui.waitClosed(carolQuestion);
        Waiting.eventually(() -> "carol removed on the server: " + server.rosters().of(alice.user()),
                () -> contacts(server, alice).equals(Set.of(bob.jid())));
        view.waitForNoRow("carol's row gone", id, contact(carol.jid(), c -> true));
        assertEquals(List.of(new RosterItem(alice.user(), bob.jid(), "Bob", "Friends", "both")),
                server.rosters().of(alice.user()), "No kept bob on the server");
        view.waitForRow("bob still shown", id, contact(bob.jid(), c -> true));

        view.select(view.waitForRow("bob", id, contact(bob.jid(), c -> true)));
        view.runMenu(Messages.menu_remove);
        Shell yes = ui.shell(Messages.remove_title);
        ui.click(ui.read(() -> Ui.button(yes, IDialogConstants.YES_LABEL)));
        ui.waitClosed(yes);
        Waiting.eventually(() -> "bob removed on the server: " + server.rosters().of(alice.user()),
                () -> server.rosters().of(alice.user()).isEmpty());
        view.waitForNoRow("bob's row gone", id, contact(bob.jid(), c -> true));
        view.waitForNoRow("the empty Friends group gone", id,
                r -> r instanceof GroupRow g && g.name().equals("Friends"));
        ui.screenshot("removed");
    }

    /** Display thread: the dialog's one editable text field. */
    private static Text input(Shell dialog) {
        List<Text> editable = Ui.all(dialog, Text.class, Text::getEditable);
        if (editable.size() != 1) {
            throw new AssertionError(editable.size() + " editable text fields");
        }
        return editable.get(0);
    }

    /** Display thread: the texts of the dialog's labels. */
    private static List<String> labels(Shell dialog) {
        return Ui.all(dialog, Label.class, l -> true).stream().map(Label::getText).toList();
    }

    private static Set<String> groups(EjabberdServer server, TestAccount owner, TestAccount contact) {
        return server.rosters().of(owner.user()).stream().filter(i -> i.contact().equals(contact.jid()))
                .map(RosterItem::group).collect(Collectors.toSet());
    }

    private static Set<String> contacts(EjabberdServer server, TestAccount owner) {
        return server.rosters().of(owner.user()).stream().map(RosterItem::contact).collect(Collectors.toSet());
    }
}
