package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Mouse;
import org.causerie.testing.workbench.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auto-away in the running workbench: set to its shortest real setting through its
 * dialog (away after 1 idle minute, extended away after 2; the view checks idleness
 * every 10 s), no input at all, then the real mouse moves. What the accounts show is
 * read by a contact, bob, from the presence the server sent him.
 */
@ExtendWith(EjabberdExtension.class)
class AutoAwayTest extends RosterTestBase {

    /** Away comes after 60-70 s of idleness, xa after 120-130 s: generous bounds on a loaded machine. */
    private static final Duration IDLE_WAIT = Duration.ofMinutes(3);

    @Test
    void idleAccountsGoAwayThenXaAndInputBringsBackWhatTheyShowed(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "carol", "bob");
        TestAccount bob = users.get(2);
        server.rosters().addPair(users.get(0).user(), bob.user());
        server.rosters().addPair(users.get(1).user(), bob.user());
        XmppSession alice = connect(server, users.get(0));
        XmppSession carol = connect(server, users.get(1));
        String bobId = connect(server, bob).account().id();
        OwnPresence chatty = new OwnPresence(PresenceMode.CHAT, "Ask me anything", 3);
        OwnPresence busy = new OwnPresence(PresenceMode.DND, "In a meeting", 0);
        Waiting.await(alice.setPresence(chatty));
        Waiting.await(carol.setPresence(busy));
        awaitSeenByBob(bobId, alice, chatty);
        awaitSeenByBob(bobId, carol, busy);

        Mouse mouse = new Mouse(RosterWorkbench.running().workbench().display());
        Point overTree = ui.read(() -> {
            Rectangle area = view.tree().getClientArea();
            return view.tree().toDisplay(area.width / 2, area.height / 2);
        });
        mouse.moveTo(overTree); // input: the idle time starts now
        mouse.moveTo(new Point(overTree.x + 5, overTree.y + 5));
        setAutoAway(true, 1, 2);
        mouse.moveTo(outsideTheWorkbench()); // the pointer rests where the workbench gets no events from it
        try {
            OwnPresence away = new OwnPresence(PresenceMode.AWAY, Messages.presence_idleStatus, 3);
            awaitSeenByBob(bobId, alice, away, IDLE_WAIT);
            assertEquals(away, alice.presence());
            view.waitForRow("alice's account row away", alice.account().id(),
                    r -> r.key().equals(alice.account().id()) && r.text().contains(Messages.mode_AWAY));
            ui.screenshot("auto-away");

            OwnPresence xa = new OwnPresence(PresenceMode.XA, Messages.presence_idleStatus, 3);
            awaitSeenByBob(bobId, alice, xa, IDLE_WAIT);
            assertEquals(xa, alice.presence());
            assertEquals(Optional.of(busy), seenByBob(bobId, carol), "a presence the user chose is left alone");
            assertEquals(busy, carol.presence());
            view.waitForRow("alice's account row xa", alice.account().id(),
                    r -> r.key().equals(alice.account().id()) && r.text().contains(Messages.mode_XA));
            awaitSelectorShowing(Messages.mode_XA, Messages.presence_idleStatus);
            ui.screenshot("auto-xa");

            mouse.moveTo(overTree); // the user is back
            awaitSeenByBob(bobId, alice, chatty);
            assertEquals(chatty, alice.presence(), "mode, status and priority as before");
            assertEquals(busy, carol.presence());
            view.waitForRow("alice's account row back to free for chat", alice.account().id(),
                    r -> r.key().equals(alice.account().id()) && r.text().contains(Messages.mode_CHAT + ": Ask me"));
            awaitSelectorShowing(Messages.mode_CHAT, "Ask me anything");
            ui.screenshot("auto-away-back");
        } finally {
            setAutoAway(true, 5, 20); // the defaults, for the other tests of the run
        }
    }

    /** Waits until the presence selector (all accounts: the first one, alice) shows that presence. */
    private static void awaitSelectorShowing(String mode, String status) {
        ui.waitFor("the presence selector showing " + mode + " " + status, () -> Optional.of(true).filter(t ->
                Ui.named(window, Combo.class, WidgetIds.KEY, WidgetIds.PRESENCE_ACCOUNT).getSelectionIndex() == 0
                && Ui.named(window, Combo.class, WidgetIds.KEY, WidgetIds.PRESENCE_MODE).getText().equals(mode)
                && Ui.named(window, Text.class, WidgetIds.KEY, WidgetIds.PRESENCE_STATUS).getText().equals(status)));
    }

    /** Sets the auto-away settings through the view's "Auto-away..." dialog. */
    private static void setAutoAway(boolean enabled, int awayMinutes, int xaMinutes) {
        ui.click(ui.read(() -> Ui.named(window, Button.class, WidgetIds.KEY, WidgetIds.PRESENCE_AUTO_AWAY)));
        Shell dialog = ui.shell(Messages.autoAway_title);
        ui.run(() -> {
            Ui.named(dialog, Button.class, WidgetIds.KEY, WidgetIds.AUTO_AWAY_ENABLED).setSelection(enabled);
            Ui.named(dialog, Spinner.class, WidgetIds.KEY, WidgetIds.AUTO_AWAY_XA).setSelection(xaMinutes);
            Ui.named(dialog, Spinner.class, WidgetIds.KEY, WidgetIds.AUTO_AWAY_AWAY).setSelection(awayMinutes);
        });
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);
    }

    /** @return a point of the screen outside every window of the workbench */
    private static Point outsideTheWorkbench() {
        return ui.read(() -> {
            Rectangle screen = window.getDisplay().getBounds();
            Rectangle bounds = window.getBounds();
            return bounds.x + bounds.width < screen.width - 10 ? new Point(screen.width - 5, screen.height / 2)
                    : new Point(screen.width / 2, screen.height - 5);
        });
    }

    private static void awaitSeenByBob(String bobId, XmppSession session, OwnPresence expected) {
        awaitSeenByBob(bobId, session, expected, Waiting.TIMEOUT);
    }

    private static void awaitSeenByBob(String bobId, XmppSession session, OwnPresence expected, Duration timeout) {
        Waiting.eventually(() -> "bob sees " + session.account().jid() + " as " + expected + ", not as "
                + seenByBob(bobId, session), () -> seenByBob(bobId, session).equals(Optional.of(expected)), timeout);
    }

    /** @return the session's presence as bob's roster has it from the server */
    private static Optional<OwnPresence> seenByBob(String bobId, XmppSession session) {
        return roster().roster(bobId).flatMap((RosterSnapshot s) -> s.contact(session.account().jid()))
                .map(Contact::resources).flatMap(resources -> resources.stream()
                        .filter(r -> r.fullJid().equals(session.boundJid())).findFirst())
                .map((ResourcePresence r) -> new OwnPresence(r.mode(), r.status(), r.priority()));
    }
}
