package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.muc.Bookmark;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The room browser of the workbench (Rooms › Browse Rooms) on the harness's MUC
 * service: it lists the rooms as soon as the service is found, with their name,
 * occupants and description, filters as one types, bookmarks a room (read back
 * from the server) and joins one through the join dialog.
 */
class BrowserTest extends RoomTestBase {

    /** The browser dialog's Join and Bookmark buttons (RoomBrowserDialog). */
    private static final int JOIN = IDialogConstants.CLIENT_ID + 1;
    private static final int BOOKMARK = IDialogConstants.CLIENT_ID + 2;

    private static MucService muc() {
        return RoomDriver.muc();
    }

    @Test
    void roomsAreListedFilteredBookmarkedAndJoined(EjabberdServer server) {
        rooms = new Rooms(server);
        String tag = "b" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String busy = rooms.freshRoom(tag + "-busy");
        String calm = rooms.freshRoom(tag + "-calm");
        named(rooms.bobIn(busy), "Busy " + tag, "Where everyone talks");
        named(rooms.bobIn(calm), "Calm " + tag, "A quiet corner");
        Rooms.Peer carol = rooms.another("carol");
        Waiting.await(muc().join(JoinRequest.of(carol.in(busy), "carol")));

        driver.command("org.causerie.muc.ui.command.browse");
        Shell browser = driver.shellNamed(WidgetIds.BROWSER);
        Combo account = ui.read(() -> Ui.named(browser, Combo.class, WidgetIds.KEY, WidgetIds.JOIN_ACCOUNT));
        int index = ui.waitFor("alice offered", () -> Optional.of(Arrays.asList(account.getItems())
                .indexOf(rooms.aliceUser.jid())).filter(i -> i >= 0));
        ui.run(() -> {
            account.select(index);
            account.notifyListeners(SWT.Selection, new Event());
        });
        // listed without pressing "List Rooms": the service found through disco is asked at once
        ui.waitFor("both rooms listed", () -> rows(browser).stream().filter(r -> r.contains(tag)).count() == 2
                ? Optional.of(true) : Optional.empty());
        assertEquals(List.of("Busy " + tag, busy, "2", "Where everyone talks"), row(browser, busy));
        assertEquals(List.of("Calm " + tag, calm, "1", "A quiet corner"), row(browser, calm));

        ui.run(() -> Ui.named(browser, Text.class, WidgetIds.KEY, WidgetIds.BROWSER_FILTER).setText("quiet"));
        ui.waitFor("only the calm room", () -> Optional.of(rows(browser)).filter(r -> r.size() == 1
                && r.get(0).contains(calm)));
        ui.screenshot("muc-room-browser");

        select(browser, calm);
        ui.click(ui.read(() -> Ui.dialogButton(browser, BOOKMARK)));
        Shell bookmark = driver.shellNamed(WidgetIds.BOOKMARK_DIALOG);
        assertEquals("Calm " + tag, ui.read(() -> Ui.named(bookmark, Text.class, WidgetIds.KEY,
                WidgetIds.BOOKMARK_NAME).getText()), "the room's name");
        ui.click(ui.read(() -> Ui.dialogButton(bookmark, IDialogConstants.OK_ID)));
        ui.waitClosed(bookmark);
        RoomId alice = rooms.aliceIn(calm);
        Waiting.eventually("the bookmark on the server", () -> Waiting.await(muc().bookmarks(alice.accountId()))
                .contains(new Bookmark(alice, Optional.of("Calm " + tag), Optional.of(rooms.aliceUser.user()),
                        Optional.empty(), true)));

        select(browser, calm);
        ui.click(ui.read(() -> Ui.dialogButton(browser, JOIN)));
        ui.waitClosed(browser);
        Shell join = driver.shellNamed(WidgetIds.JOIN_DIALOG);
        assertEquals(calm.substring(0, calm.indexOf('@')), ui.read(() -> Ui.named(join, Text.class, WidgetIds.KEY,
                WidgetIds.JOIN_ROOM).getText()));
        Combo service = ui.read(() -> Ui.named(join, Combo.class, WidgetIds.KEY, WidgetIds.JOIN_SERVICE));
        ui.waitFor("the services discovered", () -> Optional.of(service.getItemCount()).filter(n -> n > 0));
        assertEquals(rooms.service, ui.read(service::getText), "the room's service kept");
        ui.click(ui.read(() -> Ui.dialogButton(join, IDialogConstants.OK_ID)));
        ui.waitClosed(join);
        driver.editor(alice);
        Waiting.eventually("bob sees alice come in", () -> muc().room(rooms.bobIn(calm))
                .flatMap(r -> r.occupant(rooms.aliceUser.user())).isPresent());
    }

    /** bob creates a room with a name and a description (public: listed by the service). */
    private static void named(RoomId room, String name, String description) {
        Waiting.await(muc().create(JoinRequest.of(room, "bob"), true));
        DataForm form = Waiting.await(muc().configurationForm(room));
        Waiting.await(muc().configure(room, form.with("muc#roomconfig_roomname", List.of(name))
                .with("muc#roomconfig_roomdesc", List.of(description))
                .with("muc#roomconfig_publicroom", List.of("1")).toSubmit()));
    }

    private static List<String> rows(Shell browser) {
        Table table = Ui.named(browser, Table.class, WidgetIds.KEY, WidgetIds.BROWSER_TABLE);
        return Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
    }

    private static List<String> row(Shell browser, String room) {
        return ui.read(() -> {
            Table table = Ui.named(browser, Table.class, WidgetIds.KEY, WidgetIds.BROWSER_TABLE);
            TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals(room)).findFirst()
                    .orElseThrow();
            return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
        });
    }

    private static void select(Shell browser, String room) {
        TableItem item = ui.read(() -> Arrays.stream(Ui.named(browser, Table.class, WidgetIds.KEY,
                WidgetIds.BROWSER_TABLE).getItems()).filter(i -> i.getText(1).equals(room)).findFirst().orElseThrow());
        ui.select(item);
        assertTrue(ui.read(() -> item.getParent().getSelectionIndex() >= 0));
    }
}
