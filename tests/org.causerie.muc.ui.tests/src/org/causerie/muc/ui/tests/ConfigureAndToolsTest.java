package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.muc.ui.internal.dialogs.ConfigureDialog;
import org.causerie.muc.ui.internal.editor.RoomToolBar;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.RoomRef;
import org.causerie.ui.RoomToolContribution;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * Creating a room configured through the generic form (the setting checked from
 * another account), and a room tool contributed at run time appearing in the
 * open room editor and going again.
 */
class ConfigureAndToolsTest extends RoomTestBase {

    @Test
    void aNewRoomIsConfiguredThroughTheFormAndTheSettingTakes(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("configured");
        driver.command("org.causerie.muc.ui.command.create");
        Shell create = RoomEditorTest.fillJoinLike(driver, WidgetIds.CREATE_DIALOG, rooms.aliceUser.jid(), room);
        ui.run(() -> {
            Button instant = Ui.named(create, Button.class, WidgetIds.KEY, WidgetIds.CREATE_INSTANT);
            instant.setSelection(false);
            Ui.all(create, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0 && b != instant).get(0)
                    .setSelection(true);
        });
        ui.click(ui.read(() -> Ui.dialogButton(create, IDialogConstants.OK_ID)));

        Shell configure = driver.shellNamed(WidgetIds.CONFIGURE_DIALOG);
        ConfigureDialog dialog = (ConfigureDialog) ui.read(() -> configure.getData(WidgetIds.CONFIGURE_DIALOG));
        FormRenderer renderer = ui.waitFor("the room's form", () -> dialog.renderer());
        ui.run(() -> {
            Ui.named(configure, Button.class, FormRenderer.KEY,
                    FormRenderer.FIELD + "muc#roomconfig_passwordprotectedroom").setSelection(true);
            Ui.named(configure, Text.class, FormRenderer.KEY, FormRenderer.FIELD + "muc#roomconfig_roomsecret")
                    .setText("opensesame");
        });
        assertTrue(ui.read(() -> renderer.form().field("muc#roomconfig_roomsecret").isPresent()),
                "ejabberd's form has the password field");
        ui.screenshot("muc-configure-dialog");
        ui.click(ui.read(() -> Ui.dialogButton(configure, IDialogConstants.OK_ID)));
        ui.waitClosed(configure);

        // bob, from the service: the room asks for a password now
        Waiting.eventually("the room is password protected",
                () -> Waiting.await(RoomDriver.muc().info(rooms.bobIn(room))).passwordProtected());
        Throwable refused = RoomDriver.muc().join(JoinRequest.of(rooms.bobIn(room), "bob")).handle((ok, f) -> f)
                .join();
        assertTrue(refused != null && refused.getCause() instanceof MucException e
                && e.error() == MucError.PASSWORD_REQUIRED, String.valueOf(refused));
        Waiting.await(RoomDriver.muc().join(new JoinRequest(rooms.bobIn(room), "bob", Optional.of("opensesame"),
                java.util.OptionalInt.empty())));
        driver.editor(rooms.aliceIn(room));
    }

    @Test
    void aRoomToolContributedAtRunTimeAppearsAndGoes(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("tools");
        RoomId alice = rooms.aliceIn(room);
        Waiting.await(RoomDriver.muc().create(JoinRequest.of(alice, "alice"), true));
        RoomToolBar bar = driver.editorObject(alice).toolBar();
        AtomicReference<RoomRef> ran = new AtomicReference<>();
        RoomToolContribution tool = new RoomToolContribution() {
            @Override
            public String id() {
                return "org.causerie.test.poll";
            }

            @Override
            public String label() {
                return "Poll";
            }

            @Override
            public void run(RoomRef target, Shell shell) {
                ran.set(target);
            }
        };
        ServiceRegistration<RoomToolContribution> registration = Services.context()
                .registerService(RoomToolContribution.class, tool, null);
        try {
            ToolItem item = ui.waitFor("the tool in the tool bar", () -> toolItem(bar));
            assertEquals("Poll", ui.read(item::getText));
            driver.activate(alice);
            ui.screenshot("muc-room-tool");
            ui.run(() -> item.notifyListeners(SWT.Selection, new Event()));
            assertEquals(new RoomRef(alice.accountId(), alice.room()), ran.get());
            ui.run(bar::fillMenu);
            assertTrue(ui.read(() -> Arrays.stream(bar.menu().getItems())
                    .anyMatch(i -> "org.causerie.test.poll".equals(i.getData(RoomToolBar.CONTRIBUTION_KEY)))),
                    "and in the Room menu");
        } finally {
            registration.unregister();
        }
        ui.waitFor("the tool gone", () -> toolItem(bar).isEmpty() ? Optional.of(true) : Optional.empty());
    }

    private static Optional<ToolItem> toolItem(RoomToolBar bar) {
        return Arrays.stream(bar.control().getItems())
                .filter(i -> "org.causerie.test.poll".equals(i.getData(RoomToolBar.CONTRIBUTION_KEY))).findFirst();
    }
}
