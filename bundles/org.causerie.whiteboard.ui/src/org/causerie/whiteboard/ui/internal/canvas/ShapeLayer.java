package org.causerie.whiteboard.ui.internal.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.causerie.whiteboard.Shape;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The shapes painted into an image the size of the canvas, kept while the view
 * stays: a paint event copies the damaged part from it, and only the areas where
 * shapes changed are painted again (a board of 10,000 shapes costs hundreds of
 * milliseconds to paint whole). A pan by whole pixels scrolls the image and paints
 * the strips that came into view; a zoom or a new size paints everything once.
 * Shapes are painted by a {@link BandRenderer} (in this process, on every core) and
 * copied into the layer, an X pixmap that paint events copy from. Display thread only.
 */
final class ShapeLayer {

    /** More changed areas than this are painted as one (their union). */
    private static final int MAX_AREAS = 16;

    private final Display display;
    private final BandRenderer renderer;
    private final List<Rectangle> dirty = new ArrayList<>();
    private Image image;
    private double[] viewState;
    private boolean whole = true;

    ShapeLayer(Display display, ShapePainter painter) {
        this.display = display;
        this.renderer = new BandRenderer(display, painter);
    }

    /** The shapes changed in this canvas area: paint it again before it is next shown. */
    void invalidate(Rectangle area) {
        if (!whole) {
            dirty.add(area);
        }
    }

    /**
     * Shapes were added on top of the board (over every shape painted): paints them over the
     * layer at once, without painting what lies below them again (areas still waiting to be
     * painted are painted first, with the shapes below); when the view or the size changed,
     * the area is painted again before it is next shown.
     *
     * @param below the shapes shown before, bottom first
     */
    void append(List<Shape> below, List<Shape> added, Rectangle area, View view, int width, int height) {
        boolean current = image != null && !whole && viewState != null && Arrays.equals(view.state(), viewState)
                && image.getBounds().width == width && image.getBounds().height == height;
        if (!current) {
            invalidate(area);
            return;
        }
        update(width, height, view, below);
        Rectangle within = area.intersection(new Rectangle(0, 0, width, height));
        if (!within.isEmpty()) {
            renderer.overlay(image, within, view, added);
        }
    }

    /** Paints the damaged canvas area from the layer, bringing the layer up to date first. */
    void paint(GC gc, Rectangle damaged, int width, int height, View view, List<Shape> shapes) {
        if (width <= 0 || height <= 0) {
            return;
        }
        update(width, height, view, shapes);
        Rectangle area = damaged.intersection(new Rectangle(0, 0, width, height));
        if (!area.isEmpty()) {
            ImageCopy.copy(gc, image, area.x, area.y, area.width, area.height, area.x, area.y);
        }
    }

    private void update(int width, int height, View view, List<Shape> shapes) {
        double[] now = view.state();
        if (image == null || image.getBounds().width != width || image.getBounds().height != height) {
            disposeImage();
            image = new Image(display, width, height);
            whole = true;
        } else if (viewState != null && !Arrays.equals(now, viewState) && !scrolled(now, width, height)) {
            whole = true;
        }
        viewState = now;
        if (whole) {
            dirty.clear();
            render(new Rectangle(0, 0, width, height), view, shapes);
            whole = false;
            return;
        }
        if (dirty.size() > MAX_AREAS) {
            Rectangle union = dirty.get(0);
            for (Rectangle r : dirty) {
                union = union.union(r);
            }
            dirty.clear();
            dirty.add(union);
        }
        Rectangle bounds = new Rectangle(0, 0, width, height);
        for (Rectangle r : dirty) {
            Rectangle area = r.intersection(bounds);
            if (!area.isEmpty()) {
                render(area, view, shapes);
            }
        }
        dirty.clear();
    }

    /**
     * Scrolls the image when the view moved by whole pixels at the same zoom, and marks
     * the strips that came into view.
     *
     * @return whether it did (else everything must be painted)
     */
    private boolean scrolled(double[] now, int width, int height) {
        if (now[0] != viewState[0]) {
            return false;
        }
        double dx = (viewState[1] - now[1]) * now[0];
        double dy = (viewState[2] - now[2]) * now[0];
        long ix = Math.round(dx);
        long iy = Math.round(dy);
        if (Math.abs(dx - ix) > 1e-6 || Math.abs(dy - iy) > 1e-6 || Math.abs(ix) >= width || Math.abs(iy) >= height) {
            return false;
        }
        GC gc = new GC(image);
        try {
            gc.copyArea(0, 0, width, height, (int) ix, (int) iy);
        } finally {
            gc.dispose();
        }
        if (ix > 0) {
            dirty.add(new Rectangle(0, 0, (int) ix, height));
        } else if (ix < 0) {
            dirty.add(new Rectangle(width + (int) ix, 0, (int) -ix, height));
        }
        if (iy > 0) {
            dirty.add(new Rectangle(0, 0, width, (int) iy));
        } else if (iy < 0) {
            dirty.add(new Rectangle(0, height + (int) iy, width, (int) -iy));
        }
        return true;
    }

    private void render(Rectangle area, View view, List<Shape> shapes) {
        renderer.render(image, area, view, shapes);
    }

    void dispose() {
        renderer.dispose();
        disposeImage();
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
