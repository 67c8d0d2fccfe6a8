package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.roster.RosterService;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardService;
import org.causerie.whiteboard.ui.internal.ContactAction;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.editor.BoardEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceReference;

/**
 * A one-to-one board from the roster's "Whiteboard" action: alice and bob, contacts
 * of each other, both accounts of the workbench. The action (the contribution the
 * roster's menu runs) invites bob; the workbench asks bob, he accepts; both editors
 * open and alice's stroke reaches bob.
 */
@ExtendWith(EjabberdExtension.class)
class ContactActionTest {

    private static BoardWorkbench bench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
        ui = bench.ui;
    }

    @Test
    void theRosterActionOpensAOneToOneBoard(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        server.rosters().addPair(users.get(0).user(), users.get(1).user());
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        WhiteboardService boards = Services.get(WhiteboardService.class);
        try {
            String aliceId = alice.account().id();
            RosterService roster = Services.get(RosterService.class);
            ui.waitFor("bob online in alice's roster", () -> roster.roster(aliceId)
                    .flatMap(r -> r.contact(users.get(1).jid())).filter(c -> !c.resources().isEmpty()));
            RosterActionContribution action = contactAction();
            ContactRef contact = new ContactRef(aliceId, users.get(1).jid(), Optional.empty());
            assertTrue(action.appliesTo(contact), "offered for an online contact");
            assertEquals("Whiteboard", action.label());
            Shell window = ui.shell("Causerie");
            ui.runAsync(() -> action.run(contact, window));

            // the workbench asks bob (his account is in it too)
            Shell question = ui.shell(Messages.invitation_title);
            ui.screenshot("whiteboard-invitation");
            // a MessageDialog's buttons carry their index: Yes, the first, answers true
            ui.click(ui.read(() -> Ui.dialogButton(question, 0)));
            BoardId aliceBoard;
            try {
                aliceBoard = ui.waitFor("alice's one-to-one board", () -> board(boards, aliceId));
            } catch (AssertionError e) {
                ui.screenshot("whiteboard-one-to-one-failed");
                throw new AssertionError(e.getMessage() + "; boards: " + boards.boards() + "; invitations: "
                        + boards.invitations() + "; windows: " + ui.read(() -> java.util.Arrays.stream(
                                window.getDisplay().getShells()).map(Shell::getText).toList()), e);
            }
            BoardId bobBoard = ui.waitFor("bob's one-to-one board", () -> board(boards, bob.account().id()));
            BoardEditor aliceEditor = bench.boardEditor(aliceBoard);
            BoardEditor bobEditor = bench.boardEditor(bobBoard);
            ui.waitFor("alice's editor synced", () -> aliceEditor.shown().filter(s -> s.state() == SyncState.SYNCED));
            ui.waitFor("bob's editor synced", () -> bobEditor.shown().filter(s -> s.state() == SyncState.SYNCED));
            assertEquals(users.get(1).jid(), aliceBoard.peer().split("/")[0], "alice's board is with bob");

            // alice draws a stroke in her editor; it reaches bob's
            bench.activate(new org.causerie.whiteboard.ui.internal.BoardParts(bench.workbench.application(),
                    bench.workbench.application().getContext()
                            .get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)).find(aliceBoard)
                    .orElseThrow());
            ui.run(() -> {
                var canvas = aliceEditor.canvas().control();
                canvas.notifyListeners(SWT.MouseDown, RoomBoard.mouseEvent(50, 60));
                for (int i = 1; i <= 10; i++) {
                    canvas.notifyListeners(SWT.MouseMove, RoomBoard.mouseEvent(50 + 20 * i, 60 + 8 * i));
                }
                canvas.notifyListeners(SWT.MouseUp, RoomBoard.mouseEvent(250, 140));
            });
            Shape stroke = ui.waitFor("alice's stroke", () -> aliceEditor.shown()
                    .flatMap(s -> s.shapes().stream().filter(x -> x.kind() == ShapeKind.PATH).findFirst()));
            Shape seen = ui.waitFor("the stroke in bob's editor", () -> bobEditor.shown()
                    .flatMap(s -> s.shape(stroke.id())));
            assertEquals(stroke.points(), seen.points());
            ui.screenshot("whiteboard-one-to-one");
            bench.closeBoard(bobBoard);
            bench.closeBoard(aliceBoard);
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    private static Optional<BoardId> board(WhiteboardService boards, String accountId) {
        return boards.boards().stream().map(BoardSnapshot::board)
                .filter(b -> b.kind() == BoardId.Kind.DIRECT && b.accountId().equals(accountId)).findFirst();
    }

    private static RosterActionContribution contactAction() throws Exception {
        var context = Services.context();
        for (ServiceReference<RosterActionContribution> ref : context.getServiceReferences(
                RosterActionContribution.class, null)) {
            RosterActionContribution action = context.getService(ref);
            if (ContactAction.ID.equals(action.id())) {
                return action;
            }
        }
        throw new AssertionError("no roster action " + ContactAction.ID);
    }
}
