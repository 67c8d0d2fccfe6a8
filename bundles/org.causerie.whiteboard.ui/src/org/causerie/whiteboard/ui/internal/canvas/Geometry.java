package org.causerie.whiteboard.ui.internal.canvas;

import java.util.List;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;

/** Where shapes lie: the area they paint (for damaged regions) and whether a point touches them. */
public final class Geometry {

    private Geometry() {
    }

    /** @return the board area a shape paints, {minX, minY, maxX, maxY}, stroke and arrow head included */
    public static double[] bounds(Shape shape) {
        List<Point> points = shape.points();
        if (points.isEmpty()) {
            return new double[] {0, 0, 0, 0};
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        if (shape.kind() == ShapeKind.TEXT) {
            double size = Math.max(1, shape.fontSize());
            int length = shape.text().map(String::length).orElse(0);
            return new double[] {minX - 2, minY - size * 1.3, minX + length * size * 0.75 + 4, minY + size * 0.5};
        }
        double margin = shape.style().width() / 2 + 2;
        if (shape.kind() == ShapeKind.ARROW) {
            margin += ShapePainter.arrowHead(shape.style().width());
        }
        return new double[] {minX - margin, minY - margin, maxX + margin, maxY + margin};
    }

    /** @return whether two bounds {minX, minY, maxX, maxY} overlap */
    public static boolean intersects(double[] a, double[] b) {
        return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    }

    /** @return the union of two bounds */
    public static double[] union(double[] a, double[] b) {
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]),
                Math.max(a[3], b[3])};
    }

    /** @return whether a board point is on the shape, within {@code tolerance} board units */
    public static boolean touches(Shape shape, Point at, double tolerance) {
        double[] box = bounds(shape);
        if (at.x() < box[0] - tolerance || at.x() > box[2] + tolerance || at.y() < box[1] - tolerance
                || at.y() > box[3] + tolerance) {
            return false;
        }
        return switch (shape.kind()) {
            case PATH, LINE, ARROW -> nearPolyline(shape.points(), at, tolerance + shape.style().width() / 2);
            default -> true; // rectangles, ellipses, texts and images are picked anywhere inside their box
        };
    }

    private static boolean nearPolyline(List<Point> points, Point at, double distance) {
        if (points.size() == 1) {
            return Math.hypot(points.get(0).x() - at.x(), points.get(0).y() - at.y()) <= distance;
        }
        for (int i = 1; i < points.size(); i++) {
            if (segmentDistance(points.get(i - 1), points.get(i), at) <= distance) {
                return true;
            }
        }
        return false;
    }

    private static double segmentDistance(Point a, Point b, Point p) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length));
        return Math.hypot(a.x() + t * dx - p.x(), a.y() + t * dy - p.y());
    }
}
