package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.Subscription;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.ResourceRow;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.RosterItem;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The roster view of the real workbench against the harness's ejabberd. Accounts
 * connect through the real AccountService (the view shows every connected
 * account); contacts are set up server-side or by other sessions.
 */
@ExtendWith(EjabberdExtension.class)
class RosterViewTest extends RosterTestBase {

    @Test
    void groupsWithCountsContactsWithSubscriptionAndOwnOtherResources(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol", "dave");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "Friends", "both"),
                new RosterItem(bob.jid(), alice.jid(), "", "", "both"),
                new RosterItem(alice.jid(), users.get(2).jid(), "Carol", "Friends", "to"),
                new RosterItem(alice.jid(), users.get(3).jid(), "", "Work", "from")));
        String id = connect(server, alice).account().id();
        view.waitForRow("Friends (0/2)", id, group("Friends", 0, 2));

        connect(server, bob);
        RosterView.Shown friends = view.waitForRow("Friends with bob online", id, group("Friends", 1, 2));
        assertEquals(NLS.bind(Messages.row_group, new Object[] {"Friends", 1, 2}), friends.text());
        RosterView.Shown bobRow = view.waitForRow("bob online", id, contact(bob.jid(), Contact::online));
        assertEquals(bobRow.row().text(), bobRow.text(), "the tree item shows the row's text");
        assertTrue(bobRow.text().startsWith("Bob"), bobRow.text());
        assertTrue(bobRow.text().contains("[" + Messages.subscription_BOTH + "]"), bobRow.text());
        assertTrue(view.waitForRow("carol", id, contact(users.get(2).jid(), c -> true)).text()
                .startsWith("Carol  [" + Messages.subscription_TO + "]"));
        RosterView.Shown dave = view.waitForRow("dave", id, contact(users.get(3).jid(), c -> true));
        assertEquals(users.get(3).jid() + "  [" + Messages.subscription_FROM + "]", dave.text());
        view.waitForRow("Work (0/1)", id, group("Work", 0, 1));
        String accountText = view.waitForRow("alice's account row", id, r -> r.key().equals(id)).text();
        assertTrue(accountText.startsWith(alice.jid()) && accountText.endsWith("(1/3)"), accountText);

        XmppSession other = connect(server, alice);
        String resource = other.boundJid().substring(other.boundJid().indexOf('/') + 1);
        RosterView.Shown own = view.waitForRow("alice's other client under her account", id,
                r -> r instanceof ResourceRow res && res.presence().fullJid().equals(other.boundJid()));
        assertTrue(own.text().startsWith(resource), own.text());
        view.waitForTreeMatchingModel(id); // the groups moved down one row: none shows stale contacts
        ui.screenshot("roster-groups");
    }

    @Test
    void aRosterPushFromAnotherClientShowsUpUnderEachGroup(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "frank");
        TestAccount frank = users.get(1);
        String id = connect(server, users.get(0)).account().id();
        String otherClient = connect(server, users.get(0)).account().id();
        view.account(id);

        Waiting.await(roster().add(otherClient, frank.jid(), Optional.of("Frank"), Set.of("Team")));
        // the server pushes the item, then again once the subscription request is out (ask=subscribe)
        RosterView.Shown pending = view.waitForRow("frank under Team, pending", id, inGroup(frank.jid(), "Team")
                .and(r -> ((ContactRow) r).contact().pendingOut()));
        assertTrue(pending.text().contains(NLS.bind(Messages.subscription_pending, Messages.subscription_NONE)),
                pending.text());
        Waiting.await(roster().setGroups(otherClient, frank.jid(), Set.of("Team", "Family")));
        view.waitForRow("frank under Family", id, inGroup(frank.jid(), "Family"));
        view.waitForRow("frank still under Team", id, inGroup(frank.jid(), "Team"));
        ui.screenshot("roster-push");
    }

    @Test
    void aSubscriptionRequestIsAcceptedAndAskedBackThroughTheNotification(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "erin");
        TestAccount alice = users.get(0);
        TestAccount erin = users.get(1);
        String id = connect(server, alice).account().id();
        String erinId = connect(server, erin).account().id();
        view.account(id);

        Waiting.await(roster().add(erinId, alice.jid(), Optional.of("Alice"), Set.of()));
        Composite line = ui.waitFor("the request in the notification bar", () -> requestLine(id, erin.jid()));
        ui.screenshot("subscription-request");
        ui.click(ui.read(() -> Ui.button(line, Messages.request_acceptAskBack)));

        ui.waitFor("the request answered and gone", () -> requestLine(id, erin.jid()).isEmpty()
                ? Optional.of(true) : Optional.empty());
        Waiting.eventually("erin is asked back", () -> roster().pendingRequests(erinId).stream()
                .anyMatch(r -> r.from().equals(alice.jid())));
        Waiting.await(roster().approve(erinId, alice.jid(), false));
        RosterView.Shown both = view.waitForRow("erin with subscription both", id,
                contact(erin.jid(), c -> c.subscription() == Subscription.BOTH && !c.pendingOut()));
        assertTrue(both.text().contains("[" + Messages.subscription_BOTH + "]"), both.text());
        assertEquals(Subscription.BOTH, roster().roster(id).orElseThrow().contact(erin.jid()).orElseThrow()
                .subscription());
        ui.screenshot("subscription-accepted");
    }

    @Test
    void typingFiltersByNicknameJidOrGroup(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        TestAccount bob = users.get(1);
        TestAccount carol = users.get(2);
        server.rosters().addItems(List.of(new RosterItem(users.get(0).jid(), bob.jid(), "Bobby", "Friends", "none"),
                new RosterItem(users.get(0).jid(), carol.jid(), "", "Work", "none")));
        String id = connect(server, users.get(0)).account().id();
        view.waitForRow("bob", id, contact(bob.jid(), c -> true));
        view.waitForRow("carol", id, contact(carol.jid(), c -> true));

        filter("WORK");
        view.waitForNoRow("bob filtered out", id, contact(bob.jid(), c -> true));
        view.waitForRow("carol still shown", id, contact(carol.jid(), c -> true));
        view.waitForNoRow("the Friends group hidden", id, r -> r instanceof GroupRow g && g.name().equals("Friends"));
        ui.screenshot("roster-filtered");
        filter("bobb");
        view.waitForNoRow("carol filtered out", id, contact(carol.jid(), c -> true));
        view.waitForRow("bob by nickname", id, contact(bob.jid(), c -> true));
        filter(carol.jid().substring(0, 8));
        view.waitForRow("carol by JID", id, contact(carol.jid(), c -> true));
        filter("");
        view.waitForRow("bob back", id, contact(bob.jid(), c -> true));
        view.waitForRow("carol back", id, contact(carol.jid(), c -> true));
    }

    @Test
    void aContactAddedThroughTheDialogShowsAsPending(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "gina");
        String id = connect(server, users.get(0)).account().id();
        view.account(id);
        ui.click(ui.read(() -> Ui.named(window, Button.class, WidgetIds.KEY, WidgetIds.ADD)));
        Shell dialog = ui.shell(Messages.add_title);
        ui.run(() -> {
            org.eclipse.swt.widgets.Combo account = Ui.named(dialog, org.eclipse.swt.widgets.Combo.class,
                    WidgetIds.KEY, WidgetIds.ADD_ACCOUNT);
            account.select(List.of(account.getItems()).indexOf(users.get(0).jid()));
            account.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.ADD_JID).setText("not a jid");
        });
        assertFalse(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID).getEnabled()),
                "OK is disabled for an invalid JID");
        ui.run(() -> {
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.ADD_JID).setText(users.get(1).jid());
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.ADD_NICKNAME).setText("Gina");
            Ui.named(dialog, org.eclipse.swt.widgets.Combo.class, WidgetIds.KEY, WidgetIds.ADD_GROUP).setText("Climbing");
        });
        ui.screenshot("add-contact");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);
        RosterView.Shown gina = view.waitForRow("gina pending under Climbing", id,
                r -> inGroup(users.get(1).jid(), "Climbing").test(r) && ((ContactRow) r).contact().pendingOut());
        assertTrue(gina.text().startsWith("Gina"), gina.text());
    }

    @Test
    void aContributedActionAppearsInTheMenuAndGoesWhenUnregistered(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(users.get(0).jid(), bob.jid(), "Bob", "", "both"),
                new RosterItem(users.get(0).jid(), users.get(2).jid(), "Carol", "", "both")));
        String id = connect(server, users.get(0)).account().id();
        RosterView.Shown bobRow = view.waitForRow("bob", id, contact(bob.jid(), c -> true));
        view.select(bobRow);
        List<String> before = view.menu();
        assertTrue(before.contains(Messages.menu_rename) && before.contains(Messages.menu_remove), before.toString());
        assertFalse(before.contains("Wave at Bob"));

        CompletableFuture<ContactRef> ran = new CompletableFuture<>();
        ServiceRegistration<RosterActionContribution> registration = FrameworkUtil.getBundle(getClass())
                .getBundleContext().registerService(RosterActionContribution.class, new RosterActionContribution() {
                    @Override
                    public String id() {
                        return "test.wave";
                    }

                    @Override
                    public String label() {
                        return "Wave at Bob";
                    }

                    @Override
                    public boolean appliesTo(ContactRef contact) {
                        return contact.bareJid().equals(bob.jid());
                    }

                    @Override
                    public void run(ContactRef contact, Shell shell) {
                        ran.complete(contact);
                    }
                }, null);
        try {
            ui.waitFor("the contributed action in bob's menu",
                    () -> view.menu().contains("Wave at Bob") ? Optional.of(true) : Optional.empty());
            view.runMenu("Wave at Bob");
            assertEquals(new ContactRef(id, bob.jid(), Optional.empty()), Waiting.await(ran));
            view.select(view.waitForRow("carol", id, contact(users.get(2).jid(), c -> true)));
            assertFalse(view.menu().contains("Wave at Bob"), "not offered where it does not apply");
            view.select(view.waitForRow("bob", id, contact(bob.jid(), c -> true)));
        } finally {
            registration.unregister();
        }
        ui.waitFor("the action gone once unregistered",
                () -> view.menu().contains("Wave at Bob") ? Optional.empty() : Optional.of(true));
    }

    @Test
    void thePresenceSelectorSetsModeStatusAndPriority(EjabberdServer server) {
        XmppSession alice = connect(server, TestAccounts.fresh(server, "alice"));
        view.account(alice.account().id());
        ui.waitFor("alice in the presence selector", () -> List.of(Ui.named(window,
                org.eclipse.swt.widgets.Combo.class, WidgetIds.KEY, WidgetIds.PRESENCE_ACCOUNT).getItems())
                .contains(alice.account().jid()) ? Optional.of(true) : Optional.empty());
        ui.run(() -> {
            org.eclipse.swt.widgets.Combo account = Ui.named(window, org.eclipse.swt.widgets.Combo.class,
                    WidgetIds.KEY, WidgetIds.PRESENCE_ACCOUNT);
            account.select(List.of(account.getItems()).indexOf(alice.account().jid()));
            account.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            Ui.named(window, org.eclipse.swt.widgets.Combo.class, WidgetIds.KEY, WidgetIds.PRESENCE_MODE)
                    .select(List.of(Ui.named(window, org.eclipse.swt.widgets.Combo.class, WidgetIds.KEY, WidgetIds.PRESENCE_MODE)
                            .getItems()).indexOf(Messages.mode_DND));
            Ui.named(window, Text.class, WidgetIds.KEY, WidgetIds.PRESENCE_STATUS).setText("In a meeting");
            Ui.named(window, org.eclipse.swt.widgets.Spinner.class, WidgetIds.KEY, WidgetIds.PRESENCE_PRIORITY).setSelection(-5);
        });
        ui.click(ui.read(() -> Ui.named(window, Button.class, WidgetIds.KEY, WidgetIds.PRESENCE_APPLY)));
        Waiting.eventually("alice shows dnd", () -> alice.presence()
                .equals(new org.causerie.core.OwnPresence(org.causerie.core.PresenceMode.DND, "In a meeting", -5)));
        String text = view.waitForRow("the account row with dnd", alice.account().id(),
                r -> r.key().equals(alice.account().id()) && r.text().contains(Messages.mode_DND)).text();
        assertTrue(text.contains(Messages.mode_DND + ": In a meeting"), text);
        ui.screenshot("presence-dnd");
    }

    @Test
    void contactDetailsAskClientSoftwareAndTimeAndShowTheVCard(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(users.get(0).jid(), bob.jid(), "Bob", "", "both"),
                new RosterItem(bob.jid(), users.get(0).jid(), "", "", "both")));
        String id = connect(server, users.get(0)).account().id();
        connect(server, bob);
        view.select(view.waitForRow("bob online", id, contact(bob.jid(), Contact::online)));
        view.runMenu(Messages.menu_details);
        Shell details = ui.shell(NLS.bind(Messages.details_title, "Bob"));
        try {
            assertEquals(1, ui.read(() -> Ui.named(details, org.eclipse.swt.widgets.Table.class,
                    WidgetIds.KEY, WidgetIds.DETAILS_RESOURCES).getItemCount()), "bob's one resource");
            ui.click(ui.read(() -> Ui.named(details, Button.class, WidgetIds.KEY, WidgetIds.DETAILS_VERSION)));
            ui.waitFor("bob's client software", () -> Optional.of(Ui.named(details,
                    org.eclipse.swt.widgets.Label.class, WidgetIds.KEY, WidgetIds.DETAILS_ANSWER).getText())
                    .filter(t -> t.contains("Causerie")));
            ui.click(ui.read(() -> Ui.named(details, Button.class, WidgetIds.KEY, WidgetIds.DETAILS_TIME)));
            ui.waitFor("bob's local time", () -> Optional.of(Ui.named(details,
                    org.eclipse.swt.widgets.Label.class, WidgetIds.KEY, WidgetIds.DETAILS_ANSWER).getText())
                    .filter(t -> !t.contains("Causerie") && !t.endsWith("...")));
            ui.waitFor("the vCard answer", () -> Ui.all(Ui.named(details, Composite.class, WidgetIds.KEY, WidgetIds.DETAILS_VCARD),
                    org.eclipse.swt.widgets.Label.class, l -> l.getText().equals(Messages.details_vcardEmpty))
                    .stream().findFirst());
            ui.screenshot("contact-details");
        } finally {
            ui.run(details::close);
        }
    }

    @Test
    void unreadMessagesAreCountedOnTheContactRow(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "", "both"),
                new RosterItem(bob.jid(), alice.jid(), "", "", "both")));
        String id = connect(server, alice).account().id();
        String bobId = connect(server, bob).account().id();
        view.waitForRow("bob online", id, contact(bob.jid(), Contact::online));
        org.causerie.chat.ChatService chat = Services.get(org.causerie.chat.ChatService.class);
        chat.send(bobId, alice.jid(), "one");
        chat.send(bobId, alice.jid(), "two");
        RosterView.Shown unread = view.waitForRow("two unread on bob's row", id,
                r -> r instanceof ContactRow c && c.contact().jid().equals(bob.jid()) && c.unread() == 2);
        assertTrue(unread.text().endsWith(NLS.bind(Messages.row_unread, 2)), unread.text());
        chat.markRead(org.causerie.chat.ConversationId.of(id, bob.jid()));
        view.waitForRow("read", id, r -> r instanceof ContactRow c && c.contact().jid().equals(bob.jid())
                && c.unread() == 0);
    }

    private void filter(String text) {
        ui.run(() -> Ui.named(window, Text.class, WidgetIds.KEY, WidgetIds.FILTER).setText(text));
    }

    /** Display thread. */
    private static Optional<Composite> requestLine(String accountId, String from) {
        Composite bar = Ui.named(window, Composite.class, WidgetIds.KEY, WidgetIds.REQUESTS);
        if (!bar.isVisible()) {
            return Optional.empty();
        }
        for (Control child : bar.getChildren()) {
            if (child instanceof Composite line && line.getData() instanceof SubscriptionRequest request
                    && request.accountId().equals(accountId) && request.from().equals(from)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
