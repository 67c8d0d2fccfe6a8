package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.Bookmark;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The room editor's Room menu in the workbench: the member and ban lists edited
 * (read back by another owner), a bookmark with autojoin (read from another session
 * of the account, then the room reopened by reconnecting the account), and
 * destroying the room with a reason and an alternate venue (seen by the others).
 */
class RoomMenuTest extends RoomTestBase {

    private static MucService muc() {
        return RoomDriver.muc();
    }

    @Test
    void theMemberAndBanListsAreEdited(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("lists");
        RoomId alice = rooms.aliceIn(room);
        RoomId bob = rooms.bobIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(muc().join(JoinRequest.of(bob, "bob")));
        Waiting.await(muc().setAffiliation(alice, rooms.bobUser.jid(), Affiliation.OWNER, Optional.empty()));
        driver.activate(alice);
        String someone = "someone-" + System.nanoTime() + "@" + server.domain();

        driver.chooseInRoomMenu(alice, Messages.room_members);
        Shell members = driver.shellNamed(WidgetIds.AFFILIATIONS_DIALOG);
        add(members, someone, "");
        Waiting.eventually("bob reads the new member", () -> jids(bob, Affiliation.MEMBER).contains(someone));
        ui.screenshot("muc-member-list");
        remove(members, someone);
        Waiting.eventually("bob no longer reads the member", () -> !jids(bob, Affiliation.MEMBER).contains(someone));
        close(members);

        driver.chooseInRoomMenu(alice, Messages.room_bans);
        Shell bans = driver.shellNamed(WidgetIds.AFFILIATIONS_DIALOG);
        add(bans, "no one@localhost", "");
        String told = NLS.bind(Messages.error_notAJid, "no one@localhost");
        ui.waitFor("bad input told", () -> Optional.of(status(bans)).filter(told::equals));
        add(bans, someone, "spammer");
        Waiting.eventually("bob reads the ban with its reason", () -> Waiting.await(muc().affiliations(bob,
                Affiliation.OUTCAST)).contains(new AffiliationItem(someone, Affiliation.OUTCAST, Optional.empty(),
                        Optional.of("spammer"))));
        remove(bans, someone);
        Waiting.eventually("bob no longer reads the ban", () -> !jids(bob, Affiliation.OUTCAST).contains(someone));
        close(bans);
    }

    @Test
    void aBookmarkWithAutojoinReopensTheRoomWhenTheAccountReconnects(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("marked");
        RoomId alice = rooms.aliceIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        // bob stays, so the (temporary) room outlives alice's absence
        Waiting.await(muc().join(JoinRequest.of(rooms.bobIn(room), "bob")));
        driver.activate(alice);

        driver.chooseInRoomMenu(alice, Messages.room_bookmark);
        Shell dialog = driver.shellNamed(WidgetIds.BOOKMARK_DIALOG);
        ui.run(() -> Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.BOOKMARK_NAME).setText("Marked room"));
        assertTrue(ui.read(() -> Ui.named(dialog, Button.class, WidgetIds.KEY, WidgetIds.BOOKMARK_AUTOJOIN)
                .getSelection()), "autojoin offered");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);

        // another client of alice's account sees it
        XmppSession other = Sessions.connect(server, rooms.aliceUser);
        try {
            RoomId seen = new RoomId(other.account().id(), room);
            Waiting.eventually("the bookmark from another session", () -> Waiting.await(muc().bookmarks(
                    other.account().id())).contains(new Bookmark(seen, Optional.of("Marked room"), Optional.of("alice"),
                            Optional.empty(), true)));
        } finally {
            Sessions.disconnect(other);
        }

        String id = rooms.alice.account().id();
        Sessions.disconnect(rooms.alice);
        driver.close(alice);
        Sessions.connect(Sessions.account(server, rooms.aliceUser).id(id).build(), rooms.aliceUser.password());
        driver.editor(alice);
        Waiting.eventually("alice is in the room again", () -> muc().room(alice).filter(r -> r.joined()).isPresent());
        Waiting.eventually("bob sees alice back", () -> muc().room(rooms.bobIn(room))
                .flatMap(r -> r.occupant("alice")).isPresent());
    }

    @Test
    void destroyingTheRoomTellsTheOthersWhereToGo(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("doomed");
        String venue = rooms.freshRoom("newhome");
        RoomId alice = rooms.aliceIn(room);
        RoomId bob = rooms.bobIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(muc().join(JoinRequest.of(bob, "bob")));
        driver.activate(alice);

        driver.chooseInRoomMenu(alice, Messages.room_destroy);
        Shell dialog = driver.shellNamed(WidgetIds.DESTROY_DIALOG);
        ui.run(() -> {
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.DESTROY_REASON).setText("we are moving");
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.DESTROY_VENUE).setText(venue);
        });
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);

        Waiting.eventually("bob is told, with the venue and the reason", () -> muc().transcript(bob).stream()
                .anyMatch(e -> e instanceof RoomEvent ev && ev.kind() == RoomEvent.Kind.DESTROYED
                        && ev.detail().equals(Optional.of(venue)) && ev.reason().equals(Optional.of("we are moving"))));
        Waiting.eventually("bob is out", () -> muc().room(bob).isEmpty());
        String line = NLS.bind(Messages.event_DESTROYED_VENUE, venue);
        driver.waitForTranscript(bob, "the destruction in bob's editor", t -> t.contains(line)
                && t.contains(NLS.bind(Messages.event_reason, "we are moving")));
        driver.waitForTranscript(alice, "the destruction in alice's editor", t -> t.contains(line));
        ui.waitFor("nobody listed in bob's editor", () -> driver.editorObject(bob).occupants().control()
                .getItemCount() == 0 ? Optional.of(true) : Optional.empty());
        driver.activate(bob);
        ui.screenshot("muc-destroyed");
    }

    private static void add(Shell dialog, String jid, String reason) {
        ui.run(() -> {
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.AFFILIATIONS_JID).setText(jid);
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.AFFILIATIONS_REASON).setText(reason);
        });
        ui.click(ui.read(() -> Ui.button(dialog, Messages.list_add)));
        if (!jid.contains(" ")) { // a valid address shows in the list once the room took it
            ui.waitFor(jid + " in the list", () -> row(dialog, jid));
        }
    }

    private static void remove(Shell dialog, String jid) {
        ui.select(ui.waitFor(jid + " in the list", () -> row(dialog, jid)));
        ui.click(ui.read(() -> Ui.button(dialog, Messages.list_remove)));
        ui.waitFor(jid + " gone from the list", () -> row(dialog, jid).isEmpty() ? Optional.of(true)
                : Optional.empty());
    }

    private static Optional<TableItem> row(Shell dialog, String jid) {
        Table table = Ui.named(dialog, Table.class, WidgetIds.KEY, WidgetIds.AFFILIATIONS_TABLE);
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(jid)).findFirst();
    }

    private static String status(Shell dialog) {
        return Ui.named(dialog, Label.class, WidgetIds.KEY, WidgetIds.AFFILIATIONS_STATUS).getText();
    }

    private static void close(Shell dialog) {
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.CLOSE_ID)));
        ui.waitClosed(dialog);
    }

    private static List<String> jids(RoomId room, Affiliation affiliation) {
        return Waiting.await(muc().affiliations(room, affiliation)).stream().map(AffiliationItem::jid).toList();
    }
}
