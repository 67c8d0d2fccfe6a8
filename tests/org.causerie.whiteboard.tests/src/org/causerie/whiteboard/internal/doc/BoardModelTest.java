package org.causerie.whiteboard.internal.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.junit.jupiter.api.Test;

/** The user's edits on one client: shapes at once, undo and redo as new records. */
class BoardModelTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final BoardModel model = new BoardModel(Records.SVG, "alice", () -> "id" + ids.incrementAndGet());

    private String add(ShapeKind kind, Point... points) {
        List<BoardModel.Outgoing> sent = model.edit(Edit.Add.of(kind, List.of(points), Style.DEFAULT));
        return BoardModel.created(sent).orElseThrow();
    }

    private Shape shape(String id) {
        return model.shapes().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyKindDrawsAndReadsBack() {
        String path = add(ShapeKind.PATH, new Point(0, 0), new Point(10, 5.5), new Point(20, 0));
        String arrow = add(ShapeKind.ARROW, new Point(1, 2), new Point(3, 4));
        String rect = add(ShapeKind.RECTANGLE, new Point(10, 10), new Point(0, 0));
        String ellipse = add(ShapeKind.ELLIPSE, new Point(0, 0), new Point(4, 2));
        List<BoardModel.Outgoing> t = model.edit(new Edit.Add(ShapeKind.TEXT, List.of(new Point(5, 5)),
                new Style("#ff0000", 1, Optional.empty(), 0.5), Optional.of("Hello\nworld"), 12, Optional.empty()));
        String text = BoardModel.created(t).orElseThrow();
        String png = "data:image/png;base64,iVBORw0KGgo=";
        String image = BoardModel.created(model.edit(new Edit.Add(ShapeKind.IMAGE, List.of(new Point(0, 0),
                new Point(8, 8)), Style.DEFAULT, Optional.empty(), 0, Optional.of(png)))).orElseThrow();
        List<Shape> shapes = model.shapes();
        assertEquals(List.of(path, arrow, rect, ellipse, text, image), shapes.stream().map(Shape::id).toList());
        assertEquals(List.of(new Point(0, 0), new Point(10, 5.5), new Point(20, 0)), shape(path).points());
        assertEquals(ShapeKind.ARROW, shape(arrow).kind());
        assertEquals(List.of(new Point(0, 0), new Point(10, 10)), shape(rect).points());
        assertEquals(List.of(new Point(0, 0), new Point(4, 2)), shape(ellipse).points());
        assertEquals(Optional.of("Hello\nworld"), shape(text).text());
        assertEquals(12, shape(text).fontSize());
        assertEquals("#ff0000", shape(text).style().stroke());
        assertEquals(Optional.of(png), shape(image).image());
        assertEquals(Optional.of("alice"), shape(path).author());
        assertEquals(6, model.replica().pending());
    }

    @Test
    void moveResizeRestyleReorderDeleteAndTheirUndo() {
        String a = add(ShapeKind.RECTANGLE, new Point(0, 0), new Point(10, 10));
        String b = add(ShapeKind.LINE, new Point(0, 0), new Point(5, 5));
        model.edit(new Edit.Move(a, 5, 1));
        assertEquals(List.of(new Point(5, 1), new Point(15, 11)), shape(a).points());
        model.edit(new Edit.Resize(a, new Point(0, 0), new Point(20, 40)));
        assertEquals(List.of(new Point(0, 0), new Point(20, 40)), shape(a).points());
        Style red = new Style("#ff0000", 4, Optional.of("#00ff00"), 0.25);
        model.edit(new Edit.Restyle(a, red));
        assertEquals(red, shape(a).style());
        model.edit(new Edit.Reorder(a, Edit.ZOrder.FRONT));
        assertEquals(List.of(b, a), model.shapes().stream().map(Shape::id).toList());
        model.edit(new Edit.Delete(a));
        assertEquals(List.of(b), model.shapes().stream().map(Shape::id).toList());

        assertFalse(model.undo().isEmpty());
        Shape back = model.shapes().get(1);
        assertEquals(red, back.style(), "the deleted shape comes back as it was, on top");
        assertTrue(!back.id().equals(a), "under a new id: a removed record id is not reused");
        model.undo();
        assertEquals(List.of(back.id(), b), model.shapes().stream().map(Shape::id).toList());
        model.undo();
        assertEquals(Style.DEFAULT, model.shapes().get(0).style());
        model.undo();
        model.undo();
        assertEquals(List.of(new Point(0, 0), new Point(10, 10)), model.shapes().get(0).points());
        model.redo();
        assertEquals(List.of(new Point(5, 1), new Point(15, 11)), model.shapes().get(0).points());
        model.undo();
        model.undo();
        model.undo();
        assertEquals(List.of(), model.shapes());
        assertFalse(model.canUndo());
        assertTrue(model.undo().isEmpty());
        model.redo();
        assertEquals(1, model.shapes().size());
    }

    @Test
    void clearAndUndoBringEverythingBack() {
        for (int i = 0; i < 3; i++) {
            add(ShapeKind.ELLIPSE, new Point(i, i), new Point(i + 1, i + 2));
        }
        List<List<Point>> before = model.shapes().stream().map(Shape::points).toList();
        model.edit(new Edit.Clear());
        assertEquals(List.of(), model.shapes());
        model.undo();
        assertEquals(before, model.shapes().stream().map(Shape::points).toList());
    }

    @Test
    void editsOnMissingShapesAndBadShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> model.edit(new Edit.Move("nope", 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> model.edit(Edit.Add.of(ShapeKind.LINE, List.of(new Point(0, 0)), Style.DEFAULT)));
        assertThrows(IllegalArgumentException.class, () -> model.edit(new Edit.Add(ShapeKind.IMAGE,
                List.of(new Point(0, 0), new Point(1, 1)), Style.DEFAULT, Optional.empty(), 0,
                Optional.of("http://example.org/x.png"))));
        assertEquals(0, model.replica().pending());
        assertEquals(List.of(), model.shapes());
    }

    @Test
    void aBigClearGoesInSeveralElements() {
        for (int i = 0; i < 100; i++) {
            add(ShapeKind.RECTANGLE, new Point(i, 0), new Point(i + 1, 1));
        }
        List<BoardModel.Outgoing> sent = model.edit(new Edit.Clear());
        assertTrue(sent.size() > 1, "records: " + sent.stream().mapToInt(o -> o.records().size()).sum());
        assertTrue(sent.stream().allMatch(o -> o.records().size() <= BoardModel.RECORDS_PER_ELEMENT));
        assertEquals(List.of(), model.shapes());
    }
}
