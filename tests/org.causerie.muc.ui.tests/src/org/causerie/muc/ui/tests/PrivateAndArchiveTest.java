package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causerie.chat.ChatService;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Private messages in the room editor's tabs, both ways between alice's and bob's
 * editors (each account's own editor of the room), never as 1:1 conversations; and
 * "load older messages" after a rejoin bringing the rest from the room's archive
 * (XEP-0313), each message shown once beside the history the room sent on entry.
 */
class PrivateAndArchiveTest extends RoomTestBase {

    private static MucService muc() {
        return RoomDriver.muc();
    }

    @Test
    void privateMessagesGoBothWaysInTabs(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("whispers");
        RoomId alice = rooms.aliceIn(room);
        RoomId bob = rooms.bobIn(room);
        Waiting.await(muc().create(JoinRequest.of(alice, "alice"), true));
        Waiting.await(muc().join(JoinRequest.of(bob, "bob")));
        driver.activate(alice);

        driver.chooseForOccupant(alice, "bob", Messages.occupant_private);
        CTabItem tab = privateTab(alice, "bob");
        assertEquals(NLS.bind(Messages.tab_private, "bob"), ui.read(tab::getText));
        assertTrue(ui.read(() -> tab.getParent().getSelection() == tab), "the tab is in front");
        type(tab, "psst, bob");
        Waiting.eventually("bob receives it privately", () -> muc().transcript(bob).stream()
                .anyMatch(e -> e instanceof RoomMessage m && m.body().equals("psst, bob")
                        && m.privateWith().equals(Optional.of("alice")) && !m.own()));

        // bob's own editor opened a tab for alice; he answers there
        CTabItem bobTab = privateTab(bob, "alice");
        ui.waitFor("alice's words in bob's tab", () -> Optional.of(transcript(bobTab).getText())
                .filter(t -> t.contains("psst, bob")));
        type(bobTab, "hi alice, quietly");
        ui.waitFor("bob's answer in alice's tab", () -> Optional.of(transcript(tab).getText())
                .filter(t -> t.contains("hi alice, quietly")));
        driver.activate(alice);
        ui.screenshot("muc-private-tab");

        String roomText = ui.read(() -> driver.transcript(alice).getText());
        assertFalse(roomText.contains("psst") || roomText.contains("quietly"), "not in the room: " + roomText);
        ChatService chat = Services.get(ChatService.class);
        assertTrue(chat.conversations().stream().noneMatch(c -> c.peer().toLowerCase().startsWith(room)),
                "no 1:1 conversation: " + chat.conversations());
    }

    @Test
    void olderMessagesComeFromTheArchiveOnceEach(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("chronicle");
        RoomId alice = rooms.aliceIn(room);
        RoomId bob = rooms.bobIn(room);
        Waiting.await(muc().create(JoinRequest.of(bob, "bob"), true));
        for (int i = 1; i <= 25; i++) {
            Waiting.await(muc().send(bob, "old " + i));
        }
        // ejabberd sends the last 20 on entry; alice leaves and comes back, then asks for the rest
        Waiting.await(muc().join(JoinRequest.of(alice, "alice")));
        driver.waitForTranscript(alice, "the history", t -> t.contains("old 25\n"));
        driver.close(alice);
        Waiting.eventually("alice has left", () -> muc().room(alice).isEmpty());
        Waiting.await(muc().send(bob, "new 1"));
        Waiting.await(muc().join(JoinRequest.of(alice, "alice")));
        driver.waitForTranscript(alice, "the history again", t -> t.contains("new 1\n"));
        String before = ui.read(() -> driver.transcript(alice).getText());
        assertFalse(before.contains("old 5\n"), "older than the history: " + before);

        clickOlder(alice);
        // the archive's lines come one by one (as the service adds them) and all together (the page fetched)
        String after = driver.waitForTranscript(alice, "the archive's five messages", t -> t.contains("old 1\n")
                && t.contains("old 2\n") && t.contains("old 3\n") && t.contains("old 4\n") && t.contains("old 5\n"));
        for (int i = 1; i <= 25; i++) {
            assertEquals(1, count(after, "old " + i + "\n"), "old " + i + " once in:\n" + after);
        }
        assertEquals(1, count(after, "new 1\n"));
        assertTrue(after.indexOf("old 1\n") < after.indexOf("old 6\n") && after.indexOf("old 25\n")
                < after.indexOf("new 1\n"), "in order:\n" + after);
        assertTrue(after.contains(Messages.entry_archive), "archive lines marked");
        String loaded = NLS.bind(Messages.notice_older, 5);
        ui.waitFor("the notice", () -> Optional.of(notice(alice)).filter(loaded::equals));
        clickOlder(alice);
        ui.waitFor("nothing older", () -> Optional.of(notice(alice)).filter(Messages.notice_noOlder::equals));
        assertEquals(after, ui.read(() -> driver.transcript(alice).getText()));
    }

    private static void clickOlder(RoomId id) {
        Composite editor = driver.editor(id);
        ui.run(() -> {
            Event event = new Event();
            event.text = "older";
            Ui.named(editor, Link.class, WidgetIds.KEY, WidgetIds.OLDER).notifyListeners(SWT.Selection, event);
        });
    }

    private static String notice(RoomId id) {
        return Ui.named(driver.editor(id), Label.class, WidgetIds.KEY, WidgetIds.NOTICE).getText();
    }

    private static int count(String text, String line) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(line)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static CTabItem privateTab(RoomId id, String nick) {
        Composite editor = driver.editor(id);
        return ui.waitFor("the private tab with " + nick, () -> Arrays.stream(Ui.named(editor, CTabFolder.class,
                WidgetIds.KEY, WidgetIds.TABS).getItems()).filter(i -> nick.equals(i.getData())).findFirst());
    }

    private static StyledText transcript(CTabItem tab) {
        return Ui.all((Composite) tab.getControl(), StyledText.class, t -> true).get(0);
    }

    private static void type(CTabItem tab, String body) {
        ui.run(() -> {
            Text input = Ui.all((Composite) tab.getControl(), Text.class,
                    t -> WidgetIds.INPUT.equals(t.getData(WidgetIds.KEY))).get(0);
            input.setText(body);
            Event event = new Event();
            event.keyCode = SWT.CR;
            event.character = '\r';
            input.notifyListeners(SWT.KeyDown, event);
        });
    }
}
