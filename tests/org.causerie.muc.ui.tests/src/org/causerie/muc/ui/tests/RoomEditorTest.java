package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.causerie.muc.JoinRequest;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The join dialog and the room editor of the real workbench against the harness's
 * ejabberd: alice joins through Rooms › Join a Room, talks with bob (who uses the
 * service directly, as another client would), and sees the occupants by role.
 */
class RoomEditorTest extends RoomTestBase {

    static final String JOIN = "org.causerie.muc.ui.command.join";

    /** Fills the join dialog for an account and a room; returns the dialog. */
    static Shell fillJoin(String accountJid, String room, Optional<String> password) {
        return fill(driver, WidgetIds.JOIN_DIALOG, accountJid, room, password);
    }

    /** Fills a dialog with the join dialog's fields (join, create) named {@code dialogId}. */
    static Shell fillJoinLike(RoomDriver driver, String dialogId, String accountJid, String room) {
        return fill(driver, dialogId, accountJid, room, Optional.empty());
    }

    private static Shell fill(RoomDriver driver, String dialogId, String accountJid, String room,
            Optional<String> password) {
        Ui ui = driver.ui();
        Shell dialog = driver.shellNamed(dialogId);
        Combo account = ui.read(() -> Ui.named(dialog, Combo.class, WidgetIds.KEY, WidgetIds.JOIN_ACCOUNT));
        int index = ui.waitFor(accountJid + " offered", () -> Optional.of(Arrays.asList(account.getItems())
                .indexOf(accountJid)).filter(i -> i >= 0));
        ui.run(() -> {
            account.select(index);
            account.notifyListeners(SWT.Selection, new Event());
        });
        String service = room.substring(room.indexOf('@') + 1);
        Combo services = ui.read(() -> Ui.named(dialog, Combo.class, WidgetIds.KEY, WidgetIds.JOIN_SERVICE));
        ui.waitFor("the MUC service discovered", () -> Optional.of(Arrays.asList(services.getItems()))
                .filter(items -> items.contains(service)));
        ui.run(() -> {
            services.setText(service);
            Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JOIN_ROOM).setText(room.substring(0,
                    room.indexOf('@')));
            password.ifPresent(p -> Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JOIN_PASSWORD).setText(p));
        });
        return dialog;
    }

    static String nick(Shell dialog) {
        return ui.read(() -> Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JOIN_NICK).getText());
    }

    @Test
    void joinThroughTheDialogThenTalk(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("lounge");
        Waiting.await(RoomDriver.muc().create(JoinRequest.of(rooms.bobIn(room), "bob"), true));

        driver.command(JOIN);
        Shell dialog = fillJoin(rooms.aliceUser.jid(), room, Optional.empty());
        assertEquals(rooms.aliceUser.user(), nick(dialog), "the account's user name is the default nickname");
        ui.screenshot("muc-join-dialog");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);

        RoomId alice = rooms.aliceIn(room);
        driver.editor(alice);
        driver.send(alice, "Hello room, see https://example.org :)");
        Waiting.eventually("bob receives alice's message", () -> RoomDriver.muc().transcript(rooms.bobIn(room))
                .stream().anyMatch(e -> e instanceof org.causerie.muc.RoomMessage m
                        && m.body().equals("Hello room, see https://example.org :)")));
        Waiting.await(RoomDriver.muc().send(rooms.bobIn(room), "Welcome, alice!"));
        String text = driver.waitForTranscript(alice, "bob's message", t -> t.contains("Welcome, alice!"));
        assertTrue(text.indexOf("Hello room") < text.indexOf("Welcome, alice!"), text);

        Waiting.await(RoomDriver.muc().setSubject(rooms.bobIn(room), "Today: tests"));
        driver.waitForTranscript(alice, "the subject change as an event",
                t -> t.contains(NLS.bind(Messages.event_SUBJECT_CHANGED, "bob", "Today: tests")));
        ui.waitFor("the subject in the header", () -> Optional.of(Ui.named(driver.editor(alice),
                org.eclipse.swt.widgets.Label.class, WidgetIds.KEY, WidgetIds.SUBJECT).getText())
                .filter("Today: tests"::equals));

        Tree tree = ui.read(() -> Ui.named(driver.editor(alice), Tree.class, WidgetIds.KEY, WidgetIds.OCCUPANTS));
        List<String> groups = ui.waitFor("moderators and participants", () -> {
            List<String> shown = Arrays.stream(tree.getItems()).map(i -> i.getText() + ":" + Arrays.stream(i.getItems())
                    .map(TreeItem::getText).toList()).toList();
            return shown.size() == 2 ? Optional.of(shown) : Optional.empty();
        });
        assertTrue(groups.get(0).startsWith(NLS.bind(Messages.group_MODERATOR, 1) + ":[bob"), groups.toString());
        assertTrue(groups.get(1).startsWith(NLS.bind(Messages.group_PARTICIPANT, 1) + ":[" + rooms.aliceUser.user()
                + " " + Messages.occupant_you), groups.toString());
        ui.screenshot("muc-room-editor");
    }

    @Test
    void aWrongPasswordIsAskedAgainInTheDialog(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("secret");
        RoomId bob = rooms.bobIn(room);
        Waiting.await(RoomDriver.muc().create(new JoinRequest(bob, "bob", Optional.of("opensesame"),
                java.util.OptionalInt.empty()), true));
        Waiting.eventually("the room is password protected",
                () -> Waiting.await(RoomDriver.muc().info(rooms.aliceIn(room))).passwordProtected());

        driver.command(JOIN);
        Shell dialog = fillJoin(rooms.aliceUser.jid(), room, Optional.of("wrong"));
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        // TitleAreaDialog shows its message, then the error, in a read-only text at the top
        String error = ui.waitFor("an error in the dialog", () -> Optional.of(dialog).filter(d -> !d.isDisposed())
                .flatMap(d -> Ui.all(d, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0
                        && !t.getText().isBlank() && !t.getText().equals(Messages.join_message)
                        && !t.getText().startsWith(Messages.join_joining.substring(0,
                                Messages.join_joining.indexOf("{0}")))).stream().findFirst())
                .map(t -> t.getText().strip())); // JFace puts a space before an error
        ui.screenshot("muc-join-wrong-password");
        assertEquals(Messages.error_PASSWORD_REQUIRED, error);
        ui.run(() -> Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JOIN_PASSWORD).setText("opensesame"));
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);
        driver.editor(rooms.aliceIn(room));
    }

    @Test
    void anXmppJoinLinkOpensTheJoinDialogFilledIn(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("linked");
        org.causerie.ui.RoomOpener opener = org.causerie.testing.sessions.Services.get(org.causerie.ui.RoomOpener.class);
        ui.runAsync(() -> opener.open(new org.causerie.ui.RoomRef(rooms.alice.account().id(), room),
                Optional.of("pw")));
        Shell dialog = driver.shellNamed(WidgetIds.JOIN_DIALOG);
        assertEquals(room.substring(0, room.indexOf('@')), ui.read(() -> Ui.named(dialog, Text.class, WidgetIds.KEY,
                WidgetIds.JOIN_ROOM).getText()));
        assertEquals("pw", ui.read(() -> Ui.named(dialog, Text.class, WidgetIds.KEY, WidgetIds.JOIN_PASSWORD)
                .getText()));
        assertEquals(rooms.aliceUser.jid(), ui.read(() -> Ui.named(dialog, Combo.class, WidgetIds.KEY,
                WidgetIds.JOIN_ACCOUNT).getText()), "the link's account");
        Combo service = ui.read(() -> Ui.named(dialog, Combo.class, WidgetIds.KEY, WidgetIds.JOIN_SERVICE));
        ui.waitFor("the services discovered", () -> Optional.of(service.getItemCount()).filter(n -> n > 0));
        assertEquals(rooms.service, ui.read(service::getText), "the link's service, kept once services are found");
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.CANCEL_ID)));
        ui.waitClosed(dialog);
    }

    @Test
    void aLongMessageIsCutAndShownWholeOnDemand(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("verbose");
        RoomId alice = rooms.aliceIn(room);
        Waiting.await(RoomDriver.muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(RoomDriver.muc().join(JoinRequest.of(rooms.bobIn(room), "bob")));
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            longText.append("line ").append(i).append(" of a long paste\n");
        }
        longText.append("the end");
        Waiting.await(RoomDriver.muc().send(rooms.bobIn(room), longText.toString()));
        String action = NLS.bind(Messages.entry_showWhole, java.text.NumberFormat.getIntegerInstance()
                .format(longText.length()));
        String shown = driver.waitForTranscript(alice, "the cut message", t -> t.contains(action));
        assertTrue(!shown.contains("the end") && shown.contains("line 1 of"), "cut: " + shown);
        driver.activate(alice);
        driver.clickText(alice, action);
        Shell whole = driver.shellNamed(WidgetIds.WHOLE_MESSAGE);
        assertEquals(NLS.bind(Messages.whole_title, "bob"), ui.read(whole::getText));
        assertEquals(longText.toString(), ui.read(() -> Ui.all(whole, org.eclipse.swt.custom.StyledText.class,
                t -> true).get(0).getText()), "the whole text in the window");
        ui.screenshot("muc-whole-message");
        ui.run(whole::close);
    }
}
