package org.causerie.whiteboard.ui.internal.canvas;

import java.util.List;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;

/**
 * The geometry of dragging a shape's resize handle: the top-left corner of its
 * bounds stays, the bottom-right follows the pointer ({@code Edit.Resize}); a text
 * (one point) takes the drag's height as its font size, as the model does.
 */
final class Resizing {

    /** The smallest side a resize leaves, in board units. */
    private static final double MIN_SIDE = 1;

    private Resizing() {
    }

    /** @return the new bottom-right corner of the shape's bounds after a drag by (dx, dy) board units */
    static Point corner(Shape shape, double dx, double dy) {
        List<Point> bounds = shape.bounds();
        Point from = bounds.get(0);
        Point to = bounds.get(1);
        if (shape.kind() == ShapeKind.TEXT) {
            return new Point(from.x(), from.y() + Math.max(MIN_SIDE, shape.fontSize() + dy));
        }
        // a side of zero (a level line) stays zero: the model keeps it on the top-left's line
        double x = to.x() == from.x() ? from.x() : Math.max(from.x() + MIN_SIDE, to.x() + dx);
        double y = to.y() == from.y() ? from.y() : Math.max(from.y() + MIN_SIDE, to.y() + dy);
        return new Point(x, y);
    }

    /** @return the shape as it would be with its bounds' bottom-right corner there (the gesture's preview) */
    static Shape preview(Shape shape, Point corner) {
        List<Point> bounds = shape.bounds();
        Point from = bounds.get(0);
        double sx = bounds.get(1).x() - from.x();
        double sy = bounds.get(1).y() - from.y();
        double w = corner.x() - from.x();
        double h = corner.y() - from.y();
        List<Point> scaled = shape.points().stream().map(p -> new Point(
                sx == 0 ? p.x() : from.x() + (p.x() - from.x()) * w / sx,
                sy == 0 ? p.y() : from.y() + (p.y() - from.y()) * h / sy)).toList();
        double fontSize = shape.kind() == ShapeKind.TEXT ? h : shape.fontSize();
        return new Shape("preview", shape.kind(), scaled, shape.style(), shape.text(), fontSize, shape.image(),
                shape.author());
    }
}
