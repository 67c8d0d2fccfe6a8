package org.causerie.whiteboard.ui.internal.editor;

import java.util.List;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ui.internal.canvas.Geometry;
import org.causerie.whiteboard.ui.internal.canvas.ShapePainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/** Exporting a board: the area its shapes cover, and the board drawn into a PNG file. */
public final class Exports {

    private static final double MARGIN = 10;
    /** The largest PNG side, in pixels (a board spread wide is cut rather than exhausting memory). */
    private static final int MAX_SIDE = 8192;

    private Exports() {
    }

    /** @return {minX, minY, maxX, maxY} holding every shape with a margin; a 100 x 100 area for no shapes */
    static double[] area(List<Shape> shapes, double margin) {
        if (shapes.isEmpty()) {
            return new double[] {0, 0, 100, 100};
        }
        double[] area = Geometry.bounds(shapes.get(0));
        for (Shape s : shapes) {
            area = Geometry.union(area, Geometry.bounds(s));
        }
        return new double[] {Math.floor(area[0] - margin), Math.floor(area[1] - margin), Math.ceil(area[2] + margin),
                Math.ceil(area[3] + margin)};
    }

    /** @return {minX, minY, maxX, maxY} of the rectangle between a shape's first and last points */
    static double[] box(List<Point> p) {
        Point a = p.get(0);
        Point b = p.get(p.size() - 1);
        return new double[] {Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.x(), b.x()),
                Math.max(a.y(), b.y())};
    }

    /** Draws the shapes on white at 100 % and writes a PNG file. Display thread. */
    public static void png(Display display, List<Shape> shapes, String file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {render(display, shapes)};
        loader.save(file, SWT.IMAGE_PNG);
    }

    /** @return the shapes drawn on white at 100 % over the area they cover */
    public static ImageData render(Display display, List<Shape> shapes) {
        double[] area = area(shapes, MARGIN);
        int width = (int) Math.min(MAX_SIDE, area[2] - area[0]);
        int height = (int) Math.min(MAX_SIDE, area[3] - area[1]);
        Image image = new Image(display, width, height);
        ShapePainter painter = new ShapePainter(display);
        GC gc = new GC(image);
        Transform transform = new Transform(display);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            transform.translate((float) -area[0], (float) -area[1]);
            gc.setTransform(transform);
            painter.paint(gc, shapes, area);
            return image.getImageData();
        } finally {
            transform.dispose();
            gc.dispose();
            painter.dispose();
            image.dispose();
        }
    }
}
