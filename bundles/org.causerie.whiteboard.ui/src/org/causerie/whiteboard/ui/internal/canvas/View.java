package org.causerie.whiteboard.ui.internal.canvas;

import org.causerie.whiteboard.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * What part of the board the canvas shows: a zoom factor and the board point at the
 * canvas's top-left corner. Converts between board units and canvas pixels.
 */
public final class View {

    /** The smallest and largest zoom factors. */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 8;

    private double zoom = 1;
    private double originX;
    private double originY;

    public double zoom() {
        return zoom;
    }

    /** Zooms by a factor, keeping the board point under the canvas pixel ({@code x}, {@code y}) in place. */
    public void zoomBy(double factor, int x, int y) {
        Point fixed = toBoard(x, y);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        originX = fixed.x() - x / zoom;
        originY = fixed.y() - y / zoom;
    }

    /** Back to 100 %, keeping the top-left corner. */
    public void resetZoom() {
        zoom = 1;
    }

    /** Moves the view by canvas pixels (a drag of the board: the board follows the pointer). */
    public void panBy(int dx, int dy) {
        originX -= dx / zoom;
        originY -= dy / zoom;
    }

    /** @return the board point under a canvas pixel */
    public Point toBoard(int x, int y) {
        return new Point(originX + x / zoom, originY + y / zoom);
    }

    /** @return the canvas pixel of a board point (x) */
    public int screenX(double x) {
        return (int) Math.floor((x - originX) * zoom);
    }

    /** @return the canvas pixel of a board point (y) */
    public int screenY(double y) {
        return (int) Math.floor((y - originY) * zoom);
    }

    /** @return the canvas pixels covering board bounds {minX, minY, maxX, maxY}, one pixel more on every side */
    public Rectangle toScreen(double[] bounds) {
        int x = screenX(bounds[0]) - 1;
        int y = screenY(bounds[1]) - 1;
        return new Rectangle(x, y, screenX(bounds[2]) - x + 2, screenY(bounds[3]) - y + 2);
    }

    /** @return board bounds {minX, minY, maxX, maxY} of a canvas rectangle */
    public double[] toBoard(Rectangle pixels) {
        Point a = toBoard(pixels.x, pixels.y);
        Point b = toBoard(pixels.x + pixels.width, pixels.y + pixels.height);
        return new double[] {a.x(), a.y(), b.x(), b.y()};
    }

    /** @return {zoom, originX, originY}: what the view is now, to tell whether it changed */
    double[] state() {
        return new double[] {zoom, originX, originY};
    }

    /** @return a transform drawing board units on the canvas (the caller disposes it) */
    public Transform transform(Display display) {
        return transform(display, 0, 0);
    }

    /**
     * @return a transform drawing board units into an image whose top-left corner is the canvas
     *         pixel ({@code x}, {@code y}) (the caller disposes it)
     */
    public Transform transform(Display display, int x, int y) {
        Transform transform = new Transform(display);
        transform.translate(-x, -y);
        transform.scale((float) zoom, (float) zoom);
        transform.translate((float) -originX, (float) -originY);
        return transform;
    }
}
