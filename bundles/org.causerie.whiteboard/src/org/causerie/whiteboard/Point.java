package org.causerie.whiteboard;

/**
 * A point on the board, in SVG user units (x to the right, y down).
 *
 * @param x abscissa, finite
 * @param y ordinate, finite
 */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a finite point: " + x + ", " + y);
        }
    }
}
