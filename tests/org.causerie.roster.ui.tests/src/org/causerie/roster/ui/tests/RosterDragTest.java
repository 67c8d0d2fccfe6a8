package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.RosterItem;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Mouse;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drag and drop of a contact onto another group, with the real mouse: the
 * events go into the X server ({@link Mouse}), GTK detects the drag and runs its
 * drag and drop, SWT's DragSource and DropTarget call the view's listeners, and
 * the move goes to the server, whose roster is read back apart from the client.
 */
@ExtendWith(EjabberdExtension.class)
class RosterDragTest extends RosterTestBase {

    @Test
    void aContactDroppedOnAGroupOrOnAContactMovesThere(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol", "dave");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addItems(List.of(new RosterItem(alice.jid(), bob.jid(), "Bob", "Friends", "both"),
                new RosterItem(alice.jid(), users.get(2).jid(), "Carol", "Work", "both"),
                new RosterItem(alice.jid(), users.get(3).jid(), "Dave", "Family", "both")));
        String id = connect(server, alice).account().id();
        Mouse mouse = new Mouse(RosterWorkbench.running().workbench().display());
        view.waitForRow("dave", id, contact(users.get(3).jid(), c -> true));
        view.waitForTreeMatchingModel(id);

        // onto the Work group's row
        drag(mouse, view.waitForRow("bob under Friends", id, inGroup(bob.jid(), "Friends")),
                view.waitForRow("the Work group", id, group("Work", 0, 1)), "drag-onto-group");
        Waiting.eventually(() -> "bob moved into Work on the server: " + server.rosters().of(alice.user()),
                () -> groups(server, alice, bob).equals(Set.of("Work")));
        view.waitForRow("bob under Work", id, inGroup(bob.jid(), "Work"));
        view.waitForNoRow("bob no longer under Friends", id, inGroup(bob.jid(), "Friends"));
        view.waitForTreeMatchingModel(id);
        ui.screenshot("dropped-onto-group");

        // onto dave's row: into dave's group
        drag(mouse, view.waitForRow("bob under Work", id, inGroup(bob.jid(), "Work")),
                view.waitForRow("dave under Family", id, inGroup(users.get(3).jid(), "Family")), "drag-onto-contact");
        Waiting.eventually(() -> "bob moved into Family on the server: " + server.rosters().of(alice.user()),
                () -> groups(server, alice, bob).equals(Set.of("Family")));
        view.waitForRow("bob under Family", id, inGroup(bob.jid(), "Family"));
        assertEquals(Set.of("Work"), groups(server, alice, users.get(2)), "carol stays where she was");
        ui.screenshot("dropped-onto-contact");
    }

    private static void drag(Mouse mouse, RosterView.Shown from, RosterView.Shown onto, String screenshot) {
        Point start = view.onScreen(from);
        Point end = view.onScreen(onto);
        mouse.moveTo(start);
        mouse.press();
        mouse.glide(start, new Point(start.x + 12, start.y + 6), 4); // past GTK's drag threshold
        mouse.glide(new Point(start.x + 12, start.y + 6), end, 10);
        mouse.glide(end, new Point(end.x + 4, end.y), 2); // GTK sends drag-motion on every move
        mouse.settle();
        ui.screenshot(screenshot);
        mouse.release();
        mouse.settle();
    }

    private static Set<String> groups(EjabberdServer server, TestAccount owner, TestAccount contact) {
        return server.rosters().of(owner.user()).stream().filter(i -> i.contact().equals(contact.jid()))
                .map(RosterItem::group).collect(Collectors.toSet());
    }
}
