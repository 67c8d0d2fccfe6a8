package org.causerie.whiteboard.ui.internal.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * Turns mouse gestures on the canvas into edits: the left button draws with the
 * current tool (a preview follows the pointer, the edit is made on release), moves
 * or, by its handle, resizes the selected shape (select) or deletes (eraser); the
 * middle or right button drags the board; the
 * wheel scrolls, with Ctrl it zooms; hovering a shape names its author.
 * Display thread only.
 */
public final class ToolInput {

    /** Where the gestures' results go. */
    public interface Sink {
        /** Makes an edit (shown at once by the board). */
        void edit(Edit edit);

        /** Asks for a text to write at a board point (the text tool). */
        void askText(Point at);
    }

    /** Points closer than this (canvas pixels) to the last one are not added to a stroke. */
    private static final int MIN_STEP = 2;

    private final BoardCanvas board;
    private final Supplier<Tool> tool;
    private final Supplier<Style> style;
    private final Sink sink;
    private final List<Point> points = new ArrayList<>();
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private int button;
    private Optional<Shape> moving = Optional.empty();
    private Optional<Shape> resizing = Optional.empty();

    public ToolInput(BoardCanvas board, Supplier<Tool> tool, Supplier<Style> style, Sink sink) {
        this.board = board;
        this.tool = tool;
        this.style = style;
        this.sink = sink;
        Canvas canvas = board.control();
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    private void down(Event e) {
        if (button != 0) {
            return;
        }
        button = e.button;
        pressX = lastX = e.x;
        pressY = lastY = e.y;
        points.clear();
        if (button != 1) {
            return;
        }
        Point at = board.view().toBoard(e.x, e.y);
        switch (tool.get()) {
            case SELECT -> {
                resizing = board.onHandle(e.x, e.y) ? board.selected().flatMap(board::shape) : Optional.empty();
                moving = Optional.empty();
                if (resizing.isEmpty()) {
                    moving = board.shapeAt(e.x, e.y);
                    board.select(moving.map(Shape::id));
                }
            }
            case ERASER -> erase(e.x, e.y);
            case TEXT -> {
                button = 0;
                sink.askText(at);
            }
            default -> points.add(at);
        }
    }

    private void move(Event e) {
        if (button == 0) {
            hover(e.x, e.y);
            return;
        }
        if (button != 1) {
            board.view().panBy(e.x - lastX, e.y - lastY);
            board.repaintAll();
        } else if (tool.get() == Tool.ERASER) {
            erase(e.x, e.y);
        } else if (tool.get() == Tool.SELECT) {
            moving.ifPresent(s -> board.preview(Optional.of(moved(s, e.x, e.y))));
            resizing.ifPresent(s -> board.preview(Optional.of(Resizing.preview(s, corner(s, e.x, e.y)))));
        } else if (!points.isEmpty() && Math.abs(e.x - lastX) + Math.abs(e.y - lastY) >= MIN_STEP) {
            Point at = board.view().toBoard(e.x, e.y);
            if (tool.get() == Tool.PEN || points.size() == 1) {
                points.add(at);
            } else {
                points.set(1, at);
            }
            board.preview(shape().map(a -> new Shape("preview", a.kind(), a.points(), a.style(), a.text(), 0,
                    Optional.empty(), Optional.empty())));
        } else {
            return;
        }
        lastX = e.x;
        lastY = e.y;
    }

    private void up(Event e) {
        if (e.button != button) {
            return;
        }
        button = 0;
        board.preview(Optional.empty());
        if (e.button != 1) {
            return;
        }
        if (tool.get() == Tool.SELECT && resizing.isPresent()) {
            Shape shape = resizing.get();
            resizing = Optional.empty();
            if (e.x != pressX || e.y != pressY) {
                sink.edit(new Edit.Resize(shape.id(), shape.bounds().get(0), corner(shape, e.x, e.y)));
            }
            return;
        }
        if (tool.get() == Tool.SELECT) {
            Optional<Shape> shape = moving;
            moving = Optional.empty();
            double dx = (e.x - pressX) / board.view().zoom();
            double dy = (e.y - pressY) / board.view().zoom();
            if (shape.isPresent() && (dx != 0 || dy != 0)) {
                sink.edit(new Edit.Move(shape.get().id(), dx, dy));
            }
            return;
        }
        if (!points.isEmpty() && tool.get().kind().isPresent()) {
            Point at = board.view().toBoard(e.x, e.y);
            if (tool.get() == Tool.PEN && (e.x != lastX || e.y != lastY)) {
                points.add(at);
            } else if (tool.get() != Tool.PEN) {
                if (points.size() == 1) {
                    points.add(at);
                } else {
                    points.set(1, at);
                }
            }
            shape().ifPresent(sink::edit);
        }
        points.clear();
    }

    /** @return the shape the gesture draws now, when it draws something visible */
    private Optional<Edit.Add> shape() {
        ShapeKind kind = tool.get().kind().orElseThrow();
        if (kind != ShapeKind.PATH && (points.size() < 2 || points.get(0).equals(points.get(1)))) {
            return Optional.empty(); // a click without a drag draws no line, box or ellipse
        }
        return Optional.of(Edit.Add.of(kind, points, style.get()));
    }

    private Shape moved(Shape shape, int x, int y) {
        double dx = (x - pressX) / board.view().zoom();
        double dy = (y - pressY) / board.view().zoom();
        List<Point> shifted = shape.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
        return new Shape("preview", shape.kind(), shifted, shape.style(), shape.text(), shape.fontSize(),
                shape.image(), shape.author());
    }

    /** @return the bottom-right corner a shape's bounds get when its handle is dragged to a canvas pixel */
    private Point corner(Shape shape, int x, int y) {
        return Resizing.corner(shape, (x - pressX) / board.view().zoom(), (y - pressY) / board.view().zoom());
    }

    private void erase(int x, int y) {
        board.shapeAt(x, y).ifPresent(s -> sink.edit(new Edit.Delete(s.id())));
    }

    private void hover(int x, int y) {
        String tip = board.shapeAt(x, y)
                .map(s -> s.author().map(a -> NLS.bind(Messages.author, a)).orElse(Messages.author_unknown))
                .orElse(null);
        if (!java.util.Objects.equals(tip, board.control().getToolTipText())) {
            board.control().setToolTipText(tip);
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            board.view().zoomBy(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            board.view().panBy(e.count * 10, 0);
        } else {
            board.view().panBy(0, e.count * 10);
        }
        e.doit = false;
        board.repaintAll();
    }
}
