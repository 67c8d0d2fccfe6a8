package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.causerie.core.PresenceMode;
import org.causerie.muc.Affiliation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.muc.ui.internal.editor.OccupantTree;
import org.causerie.muc.ui.internal.editor.RoomEditor;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The room editor is made in display turns of its own (header and tool bar with the
 * part, then the body, then the conversation), so that no turn holds the display for
 * the whole editor; once made it has every widget and shows the room; closed before
 * that, it never starts following the room. A large room's occupants all show.
 */
class EditorStepsTest extends RoomTestBase {

    @Test
    void theEditorIsMadeInStepsAndShowsTheRoomOnceMade(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("steps");
        Waiting.await(RoomDriver.muc().create(JoinRequest.of(rooms.bobIn(room), "bob"), true));
        RoomId alice = rooms.aliceIn(room);

        // opened before alice is in the room: in the turn the part is made, only its header is
        boolean[] madeAtOnce = ui.read(() -> {
            driver.mucUi().show(alice, true);
            MPart part = driver.part(alice).orElseThrow();
            RoomEditor editor = (RoomEditor) part.getObject();
            Composite widget = (Composite) part.getWidget();
            return new boolean[] {editor.built(), Ui.all(widget, StyledText.class, t -> true).isEmpty(),
                    Ui.all(widget, Label.class, l -> WidgetIds.TITLE.equals(l.getData(WidgetIds.KEY))).size() == 1};
        });
        assertFalse(madeAtOnce[0], "the editor is not whole in the turn its part is made");
        assertTrue(madeAtOnce[1], "no transcript yet in that turn");
        assertTrue(madeAtOnce[2], "the title is there from the start");

        Composite editor = driver.editor(alice); // waits until built
        assertTrue(ui.read(() -> Ui.all(editor, Text.class, t -> WidgetIds.INPUT.equals(t.getData(WidgetIds.KEY)))
                .size() == 1 && Ui.all(editor, StyledText.class, t -> true).size() == 1
                && Ui.all(editor, Tree.class, t -> true).size() == 1), "input, transcript and occupant list made");
        Waiting.await(RoomDriver.muc().join(JoinRequest.of(alice, rooms.aliceUser.user())));
        driver.waitForOccupant(alice, "bob", o -> o.role() == Role.MODERATOR);
        driver.send(alice, "made in steps");
        driver.waitForTranscript(alice, "alice's own message", t -> t.contains("made in steps"));
        ui.screenshot("muc-editor-made-in-steps");
    }

    @Test
    void anEditorClosedBeforeItIsMadeNeverFollowsTheRoom(EjabberdServer server) {
        rooms = new Rooms(server);
        String room = rooms.freshRoom("early");
        RoomId alice = rooms.aliceIn(room);
        RoomEditor closed = ui.read(() -> {
            driver.mucUi().show(alice, true);
            RoomEditor editor = (RoomEditor) driver.part(alice).orElseThrow().getObject();
            driver.mucUi().close(alice);
            return editor;
        });
        ui.waitFor("the part gone", () -> driver.part(alice).isEmpty() ? Optional.of(true) : Optional.empty());
        // the steps still queued run after the close: they must find the editor gone and do nothing
        for (int turn = 0; turn < 5; turn++) {
            ui.run(() -> { });
        }
        assertFalse(ui.read(closed::built), "the closed editor made no conversation and follows no room");

        // the same room opens again, whole
        ui.run(() -> driver.mucUi().show(alice, true));
        driver.editor(alice);
    }

    @Test
    void allTheOccupantsOfALargeRoomShowGroupedByRole() {
        List<Occupant> occupants = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Role role = i < 5 ? Role.MODERATOR : i < 180 ? Role.PARTICIPANT : Role.VISITOR;
            occupants.add(new Occupant(String.format("user%03d", i), role, i == 0 ? Affiliation.OWNER : Affiliation.NONE,
                    Optional.empty(), PresenceMode.AVAILABLE, Optional.empty(), i == 7));
        }
        RoomId id = new RoomId("someone", "large@conference.example.org");
        List<String> shown = ui.read(() -> {
            Shell shell = new Shell(org.eclipse.swt.widgets.Display.getCurrent());
            try {
                shell.setLayout(new FillLayout());
                OccupantTree tree = new OccupantTree(shell);
                tree.show(new RoomSnapshot(id, "user007", Role.PARTICIPANT, Affiliation.NONE, Optional.empty(),
                        occupants, true));
                // one leaves, one comes: the items are reused, the counts follow
                List<Occupant> next = new ArrayList<>(occupants.subList(1, occupants.size()));
                next.add(new Occupant("zed", Role.VISITOR, Affiliation.NONE, Optional.empty(), PresenceMode.AWAY,
                        Optional.empty(), false));
                tree.show(new RoomSnapshot(id, "user007", Role.PARTICIPANT, Affiliation.NONE, Optional.empty(),
                        next, true));
                List<String> lines = new ArrayList<>();
                for (TreeItem group : tree.control().getItems()) {
                    lines.add(group.getText());
                    Arrays.stream(group.getItems()).map(TreeItem::getText).forEach(lines::add);
                }
                return lines;
            } finally {
                shell.dispose();
            }
        });
        assertEquals(203, shown.size(), "3 groups and 200 occupants");
        assertEquals(NLS.bind(Messages.group_MODERATOR, 4), shown.get(0));
        assertEquals("user001", shown.get(1));
        assertEquals(NLS.bind(Messages.group_PARTICIPANT, 175), shown.get(5));
        assertEquals("user007 " + Messages.occupant_you, shown.get(8));
        assertEquals(NLS.bind(Messages.group_VISITOR, 21), shown.get(181));
        assertEquals("zed  (" + Messages.mode(PresenceMode.AWAY) + ")", shown.get(202));
    }
}
