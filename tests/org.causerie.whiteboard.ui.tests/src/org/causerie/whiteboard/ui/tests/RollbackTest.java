package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.workbench.Ui;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.canvas.Tool;
import org.eclipse.swt.SWT;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An optimistic edit the room refuses is rolled back in the editor: bob, the room's
 * owner, makes it moderated and takes alice's voice (XEP-0045 §8.4), so the room
 * bounces her groupchat messages; the rectangle she draws shows at once, then goes,
 * and the status line says why. bob never gets it.
 */
@ExtendWith(EjabberdExtension.class)
class RollbackTest {

    private static BoardWorkbench bench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
        ui = bench.ui;
    }

    @Test
    void anEditTheRoomRefusesIsTakenBackOnTheCanvas(EjabberdServer server) throws Exception {
        try (RoomBoard board = RoomBoard.open(server, bench, "rollback")) {
            MultiUserChat room = MultiUserChatManager.getInstanceFor(((SmackSession) board.bob).connection())
                    .getMultiUserChat(JidCreate.entityBareFrom(board.bobRoom.room()));
            FillableForm config = room.getConfigurationForm().getFillableForm();
            config.setAnswer("muc#roomconfig_moderatedroom", true);
            room.sendConfigurationForm(config);
            room.revokeVoice(Resourcepart.from("alice"));

            ui.run(() -> board.editor.palette().choose(Tool.RECTANGLE));
            board.mouse(SWT.MouseDown, 60, 60);
            board.mouse(SWT.MouseMove, 120, 100);
            board.mouse(SWT.MouseMove, 180, 140);
            // the release and a look at the canvas in one go: nothing from the room can come in between
            List<Shape> atOnce = ui.read(() -> {
                board.editor.canvas().control().notifyListeners(SWT.MouseUp, RoomBoard.mouseEvent(180, 140));
                return board.editor.canvas().shapes();
            });
            assertEquals(1, atOnce.size(), () -> "the rectangle shows at once (board shown: "
                    + board.editor.shown().map(b -> b.state() + ", " + b.shapes().size() + " shapes").orElse("none")
                    + "; status line: " + board.status() + ")");
            assertEquals(ShapeKind.RECTANGLE, atOnce.get(0).kind());

            String prefix = Messages.rolledBack.substring(0, Messages.rolledBack.indexOf('{'));
            ui.waitFor("the status line says the edit was taken back", () -> Optional.of(board.status())
                    .filter(s -> s.startsWith(prefix)));
            ui.waitFor("the rectangle gone from the canvas", () -> ui.read(() -> board.editor.canvas().shapes())
                    .isEmpty() ? Optional.of(true) : Optional.empty());
            assertTrue(board.editor.shown().orElseThrow().shapes().isEmpty());
            assertEquals(0, board.editor.shown().orElseThrow().pendingEdits());
            ui.screenshot("whiteboard-rolled-back");
            assertTrue(RoomBoard.boards().board(board.bobBoard).orElseThrow().shapes().isEmpty(),
                    "bob never had it");
        }
    }
}
