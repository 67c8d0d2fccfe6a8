package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.causerie.muc.Affiliation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.muc.ui.internal.dialogs.ConfigureDialog;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Joining a room that does not exist through the join dialog: entering creates it
 * locked and the service gives it up at once, so the user is asked whether to
 * create it with the defaults, configure it first, or not create it. Each answer
 * is checked from bob's side: he can enter the room (unlocked, alice owner), sees
 * its configured name, or finds no room.
 */
class NewRoomQuestionTest extends RoomTestBase {

    private static MucService muc() {
        return RoomDriver.muc();
    }

    /** alice asks to join a room nobody made; @return the question */
    private Shell askToJoin(String room) {
        driver.command(RoomEditorTest.JOIN);
        Shell dialog = RoomEditorTest.fillJoin(rooms.aliceUser.jid(), room, Optional.empty());
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);
        return ui.shell(Messages.locked_title);
    }

    @Test
    void theDefaultSettingsMakeAnOpenRoom(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("fresh");
        Shell question = askToJoin(room);
        ui.screenshot("muc-new-room-question");
        ui.click(ui.read(() -> Ui.button(question, Messages.locked_instant)));
        RoomId alice = rooms.aliceIn(room);
        driver.editor(alice);
        Waiting.eventually("alice owns the room", () -> muc().room(alice)
                .filter(r -> r.joined() && r.affiliation() == Affiliation.OWNER).isPresent());
        Waiting.await(muc().info(rooms.bobIn(room)));
        assertEquals(Optional.of(Affiliation.OWNER), Waiting.await(muc().join(JoinRequest.of(rooms.bobIn(room),
                "bob"))).occupant(rooms.aliceUser.user()).map(o -> o.affiliation()), "bob finds alice owning it");
    }

    @Test
    void theRoomIsConfiguredFirst(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("shaped");
        Shell question = askToJoin(room);
        ui.click(ui.read(() -> Ui.button(question, Messages.locked_configure)));
        Shell configure = driver.shellNamed(WidgetIds.CONFIGURE_DIALOG);
        ConfigureDialog dialog = (ConfigureDialog) ui.read(() -> configure.getData(WidgetIds.CONFIGURE_DIALOG));
        ui.waitFor("the room's form", () -> dialog.renderer());
        ui.run(() -> Ui.named(configure, Text.class, FormRenderer.KEY, FormRenderer.FIELD + "muc#roomconfig_roomname")
                .setText("Shaped First"));
        ui.click(ui.read(() -> Ui.dialogButton(configure, IDialogConstants.OK_ID)));
        ui.waitClosed(configure);
        driver.editor(rooms.aliceIn(room));
        Waiting.eventually("bob sees the configured name", () -> muc().info(rooms.bobIn(room))
                .handle((info, failure) -> info != null && info.name().equals("Shaped First")).join());
        Waiting.await(muc().join(JoinRequest.of(rooms.bobIn(room), "bob")));
    }

    @Test
    void notCreatingItLeavesNoRoom(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("unwanted");
        Shell question = askToJoin(room);
        ui.click(ui.read(() -> Ui.button(question, Messages.missing_cancel)));
        ui.waitClosed(question);
        assertTrue(muc().room(rooms.aliceIn(room)).isEmpty(), "alice is in no room");
        assertTrue(ui.read(() -> driver.part(rooms.aliceIn(room)).isEmpty()), "no editor");
        Waiting.eventually(() -> "the service has no such room: " + muc().info(rooms.bobIn(room))
                .handle((info, failure) -> String.valueOf(info)).join(), () -> muc().info(rooms.bobIn(room))
                .handle((info, failure) -> failure != null).join());
        assertEquals(0, Waiting.await(muc().rooms(rooms.bob.account().id(), rooms.service)).stream()
                .filter(r -> r.room().equals(room)).count(), "nor lists it");
    }

    @Test
    void givingUpTheFormOfACreatedRoomAsksAndLeaving(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("abandoned");
        driver.command("org.causerie.muc.ui.command.create");
        Shell create = RoomEditorTest.fillJoinLike(driver, WidgetIds.CREATE_DIALOG, rooms.aliceUser.jid(), room);
        ui.run(() -> {
            org.eclipse.swt.widgets.Button instant = Ui.named(create, org.eclipse.swt.widgets.Button.class,
                    WidgetIds.KEY, WidgetIds.CREATE_INSTANT);
            instant.setSelection(false);
            Ui.all(create, org.eclipse.swt.widgets.Button.class, b -> (b.getStyle() & org.eclipse.swt.SWT.RADIO) != 0
                    && b != instant).get(0).setSelection(true);
        });
        ui.click(ui.read(() -> Ui.dialogButton(create, IDialogConstants.OK_ID)));
        Shell configure = driver.shellNamed(WidgetIds.CONFIGURE_DIALOG);
        ui.click(ui.read(() -> Ui.dialogButton(configure, IDialogConstants.CANCEL_ID)));
        Shell question = ui.shell(Messages.locked_title);
        ui.click(ui.read(() -> Ui.button(question, Messages.locked_leave)));
        ui.waitClosed(question);
        ui.waitFor("the editor closed", () -> driver.part(rooms.aliceIn(room)).isEmpty() ? Optional.of(true)
                : Optional.empty());
        Waiting.eventually("alice is out", () -> muc().room(rooms.aliceIn(room)).isEmpty());
        Waiting.eventually(() -> "the service removed the room: " + muc().info(rooms.bobIn(room))
                .handle((info, failure) -> String.valueOf(info)).join(), () -> muc().info(rooms.bobIn(room))
                .handle((info, failure) -> failure != null).join());
    }
}
