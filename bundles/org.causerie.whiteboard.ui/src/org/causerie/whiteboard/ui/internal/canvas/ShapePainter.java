package org.causerie.whiteboard.ui.internal.canvas;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Paints shapes on a GC whose transform maps board units (the canvas, the PNG
 * export). Keeps the fonts and decoded pictures it made until {@link #dispose()}.
 * Made on the display thread (it reads the display's resolution then); one
 * painter is used by one thread at a time, which may be another thread painting
 * into an {@link Image} ({@link BandRenderer}).
 */
public final class ShapePainter {

    private final Display display;
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Map<String, Optional<Image>> images = new HashMap<>();

    private final int dpi;

    public ShapePainter(Display display) {
        this.display = display;
        this.dpi = Math.max(1, display.getDPI().y);
    }

    Display display() {
        return display;
    }

    /** @return the length of an arrow head for a stroke width, in board units */
    public static double arrowHead(double width) {
        return 8 + width * 3;
    }

    /** Paints the shapes, bottom first, that meet the board area {@code clip} ({minX, minY, maxX, maxY}). */
    public void paint(GC gc, List<Shape> shapes, double[] clip) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
        for (Shape shape : shapes) {
            if (Geometry.intersects(Geometry.bounds(shape), clip)) {
                paint(gc, shape);
            }
        }
        gc.setAlpha(255);
    }

    /** Paints one shape. */
    public void paint(GC gc, Shape shape) {
        gc.setAlpha((int) Math.round(shape.style().opacity() * 255));
        gc.setForeground(colour(shape.style().stroke()));
        gc.setLineWidth(0);
        gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes((float) shape.style().width(),
                SWT.CAP_ROUND, SWT.JOIN_ROUND));
        List<Point> p = shape.points();
        switch (shape.kind()) {
            case PATH -> stroke(gc, shape, path -> {
                path.moveTo(f(p.get(0).x()), f(p.get(0).y()));
                if (p.size() == 1) {
                    path.lineTo(f(p.get(0).x()) + 0.01f, f(p.get(0).y()));
                }
                for (int i = 1; i < p.size(); i++) {
                    path.lineTo(f(p.get(i).x()), f(p.get(i).y()));
                }
            });
            case LINE -> stroke(gc, shape, path -> line(path, p.get(0), p.get(p.size() - 1)));
            case ARROW -> stroke(gc, shape, path -> {
                Point from = p.get(0);
                Point to = p.get(p.size() - 1);
                line(path, from, to);
                double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
                double head = arrowHead(shape.style().width());
                for (double side : new double[] {-0.45, 0.45}) {
                    path.moveTo(f(to.x()), f(to.y()));
                    path.lineTo(f(to.x() - head * Math.cos(angle + side)), f(to.y() - head * Math.sin(angle + side)));
                }
            });
            case RECTANGLE -> stroke(gc, shape, path -> {
                double[] b = box(p);
                path.addRectangle(f(b[0]), f(b[1]), f(b[2] - b[0]), f(b[3] - b[1]));
            });
            case ELLIPSE -> stroke(gc, shape, path -> {
                double[] b = box(p);
                path.addArc(f(b[0]), f(b[1]), f(b[2] - b[0]), f(b[3] - b[1]), 0, 360);
            });
            case TEXT -> text(gc, shape);
            case IMAGE -> image(gc, shape);
        }
    }

    private void stroke(GC gc, Shape shape, java.util.function.Consumer<Path> outline) {
        if (shape.points().isEmpty()) {
            return;
        }
        Path path = new Path(display);
        try {
            outline.accept(path);
            if (shape.style().fill().isPresent()) {
                gc.setBackground(colour(shape.style().fill().get()));
                gc.fillPath(path);
            }
            if (shape.style().width() > 0) {
                gc.drawPath(path);
            }
        } finally {
            path.dispose();
        }
    }

    private static void line(Path path, Point from, Point to) {
        path.moveTo(f(from.x()), f(from.y()));
        path.lineTo(f(to.x()), f(to.y()));
    }

    private void text(GC gc, Shape shape) {
        if (shape.points().isEmpty() || shape.text().isEmpty()) {
            return;
        }
        int size = (int) Math.max(1, Math.min(500, Math.round(shape.fontSize())));
        // board units are pixels at 100 %: a font of that many pixels, in points for the display
        Font font = fonts.computeIfAbsent(size, s -> new Font(display,
                new FontData("Sans", Math.max(1, s * 72 / dpi), SWT.NORMAL)));
        gc.setFont(font);
        gc.setForeground(colour(shape.style().fill().orElse(shape.style().stroke())));
        Point at = shape.points().get(0);
        int ascent = gc.getFontMetrics().getAscent();
        gc.drawText(shape.text().get(), (int) Math.round(at.x()), (int) Math.round(at.y()) - ascent, true);
    }

    private void image(GC gc, Shape shape) {
        Optional<Image> picture = shape.image().flatMap(uri -> images.computeIfAbsent(uri, this::decode));
        if (picture.isEmpty() || shape.points().size() < 2) {
            return;
        }
        double[] b = box(shape.points());
        var size = picture.get().getBounds();
        gc.drawImage(picture.get(), 0, 0, size.width, size.height, (int) Math.round(b[0]), (int) Math.round(b[1]),
                (int) Math.max(1, Math.round(b[2] - b[0])), (int) Math.max(1, Math.round(b[3] - b[1])));
    }

    /** @return the picture of a {@code data:image/...;base64,} URI, or empty when it does not decode */
    private Optional<Image> decode(String uri) {
        int comma = uri.indexOf(',');
        try {
            byte[] bytes = Base64.getDecoder().decode(uri.substring(comma + 1));
            ImageData data = new ImageData(new ByteArrayInputStream(bytes));
            return Optional.of(new Image(display, data));
        } catch (IllegalArgumentException | SWTException e) {
            return Optional.empty(); // the model checked the URI's form; a broken picture is simply not drawn
        }
    }

    private static double[] box(List<Point> p) {
        Point a = p.get(0);
        Point b = p.get(p.size() - 1);
        return new double[] {Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.x(), b.x()),
                Math.max(a.y(), b.y())};
    }

    private static float f(double value) {
        return (float) value;
    }

    /** @return the colour of {@code #rrggbb} (colours made from RGB need no disposal) */
    static Color colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color(new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** Frees the fonts and pictures. */
    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        images.values().forEach(i -> i.ifPresent(Image::dispose));
        images.clear();
    }
}
