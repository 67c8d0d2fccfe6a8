package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.workbench.Ui;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.canvas.Tool;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editing shapes in alice's editor (synthesized mouse events on the canvas), seen by
 * bob: the text tool; resizing a selected shape by its handle, restyling it from the
 * palette, raising and lowering it.
 */
@ExtendWith(EjabberdExtension.class)
class ShapeEditingTest {

    private static BoardWorkbench bench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
        ui = bench.ui;
    }

    @Test
    void theTextToolWritesWhereClicked(EjabberdServer server) {
        try (RoomBoard board = RoomBoard.open(server, bench, "text")) {
            ui.run(() -> board.editor.palette().choose(Tool.TEXT));
            Point at = ui.read(() -> board.editor.canvas().view().toBoard(120, 140));
            // the click opens a dialog asking the text: not waited for
            ui.runAsync(() -> board.editor.canvas().control().notifyListeners(SWT.MouseDown,
                    RoomBoard.mouseEvent(120, 140)));
            Shell dialog = ui.shell(Messages.text_title);
            ui.run(() -> Ui.all(dialog, Text.class, t -> true).get(0).setText("R\u00e9union \u00e0 10 h"));
            ui.screenshot("whiteboard-text-dialog");
            ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
            ui.waitClosed(dialog);
            ui.run(() -> board.editor.canvas().control().notifyListeners(SWT.MouseUp,
                    RoomBoard.mouseEvent(120, 140)));
            Shape text = board.shown("the text on alice's board", s -> s.kind() == ShapeKind.TEXT);
            assertEquals(Optional.of("R\u00e9union \u00e0 10 h"), text.text());
            assertEquals(List.of(at), text.points(), "written where clicked");
            assertEquals(16, text.fontSize(), "10 + 3 x the width (2)");
            Shape seen = board.bobSees("bob has the text", s -> s.shape(text.id()).isPresent()).shape(text.id())
                    .orElseThrow();
            assertEquals(text.text(), seen.text());
            assertEquals(Optional.of("alice"), seen.author());
            ui.screenshot("whiteboard-text");
        }
    }

    @Test
    void aSelectedShapeIsResizedRestyledRaisedAndLowered(EjabberdServer server) {
        try (RoomBoard board = RoomBoard.open(server, bench, "shapes")) {
            var boards = RoomBoard.boards();
            String low = boards.edit(board.bobBoard, Edit.Add.of(ShapeKind.RECTANGLE,
                    List.of(new Point(100, 100), new Point(200, 160)), new Style("#1976d2", 2,
                            Optional.of("#bbdefb"), 1))).orElseThrow();
            String high = boards.edit(board.bobBoard, Edit.Add.of(ShapeKind.ELLIPSE,
                    List.of(new Point(150, 130), new Point(260, 220)), new Style("#388e3c", 2,
                            Optional.of("#c8e6c9"), 1))).orElseThrow();
            ui.waitFor("both shapes in alice's editor", () -> board.editor.shown()
                    .filter(s -> s.shapes().size() == 2 && s.pendingEdits() == 0));
            ui.run(() -> board.editor.palette().choose(Tool.SELECT));
            int[] px = ui.read(() -> new int[] {board.editor.canvas().view().screenX(110),
                    board.editor.canvas().view().screenY(110)});
            board.mouse(SWT.MouseDown, px[0], px[1]);
            board.mouse(SWT.MouseUp, px[0], px[1]);
            assertEquals(Optional.of(low), ui.read(() -> board.editor.canvas().selected()), "a click selects");

            // drag the selection's handle 40 right and 20 down: the bounds' corner follows
            org.eclipse.swt.graphics.Point handle = ui.read(() -> board.editor.canvas()
                    .handle(board.editor.canvas().shape(low).orElseThrow()));
            ui.screenshot("whiteboard-selected");
            board.drag(handle.x, handle.y, handle.x + 40, handle.y + 20);
            List<Point> resized = List.of(new Point(100, 100), new Point(240, 180));
            board.bobSees("bob sees the rectangle resized", s -> s.shape(low).orElseThrow().points().equals(resized));
            assertEquals(resized, board.shown("alice's rectangle resized", s -> s.id().equals(low)).points());

            // a colour and width picked with the shape selected restyle it; its fill stays
            ui.run(() -> board.editor.palette().pick(1, 8));
            Style restyled = board.bobSees("bob sees the rectangle restyled",
                    s -> s.shape(low).orElseThrow().style().width() == 8).shape(low).orElseThrow().style();
            assertEquals(new Style("#d32f2f", 8, Optional.of("#bbdefb"), 1), restyled);

            board.command("toFront");
            assertEquals(List.of(high, low), order(board.bobSees("the rectangle on top",
                    s -> order(s).equals(List.of(high, low)))));
            board.command("backward");
            board.bobSees("the rectangle one step down", s -> order(s).equals(List.of(low, high)));
            board.command("forward");
            board.bobSees("the rectangle one step up", s -> order(s).equals(List.of(high, low)));
            board.command("toBack");
            board.bobSees("the rectangle at the bottom", s -> order(s).equals(List.of(low, high)));
            ui.waitFor("alice's board settled", () -> board.editor.shown().filter(s -> s.pendingEdits() == 0
                    && order(s).equals(List.of(low, high))));
            ui.screenshot("whiteboard-resized");

            // without a selection the order commands say so
            ui.run(() -> board.editor.canvas().select(Optional.empty()));
            board.command("toFront");
            assertEquals(Messages.selectFirst, board.status());
        }
    }

    private static List<String> order(BoardSnapshot board) {
        return board.shapes().stream().map(Shape::id).toList();
    }

}
