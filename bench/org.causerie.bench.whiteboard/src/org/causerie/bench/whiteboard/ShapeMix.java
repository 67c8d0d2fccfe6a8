package org.causerie.bench.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;

/**
 * A board people could have drawn, from a seed: 40 % freehand strokes of 20 points,
 * 20 % rectangles (half filled), 15 % ellipses, 15 % lines, 5 % arrows, 5 % texts,
 * spread over {@value #WIDTH} by {@value #HEIGHT} units (what a canvas shows at 100 %).
 */
final class ShapeMix {

    static final int WIDTH = 1200;
    static final int HEIGHT = 780;
    private static final String[] COLOURS = {"#000000", "#d32f2f", "#1976d2", "#388e3c", "#f57c00"};

    private final Random random;

    ShapeMix(long seed) {
        this.random = new Random(seed);
    }

    /** @return the edits drawing {@code count} shapes */
    List<Edit.Add> edits(int count) {
        List<Edit.Add> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** @return the same shapes as {@link #edits}, as a board would hold them */
    List<Shape> shapes(int count) {
        List<Shape> out = new ArrayList<>(count);
        int id = 0;
        for (Edit.Add add : edits(count)) {
            out.add(new Shape("s" + id++, add.kind(), add.points(), add.style(), add.text(), add.fontSize(),
                    add.image(), Optional.of("bench")));
        }
        return out;
    }

    /** @return a freehand stroke of 20 points */
    Edit.Add stroke() {
        return Edit.Add.of(ShapeKind.PATH, path(20), style(false));
    }

    private Edit.Add next() {
        int pick = random.nextInt(100);
        if (pick < 40) {
            return stroke();
        }
        if (pick < 60) {
            return Edit.Add.of(ShapeKind.RECTANGLE, box(), style(random.nextBoolean()));
        }
        if (pick < 75) {
            return Edit.Add.of(ShapeKind.ELLIPSE, box(), style(false));
        }
        if (pick < 90) {
            return Edit.Add.of(ShapeKind.LINE, box(), style(false));
        }
        if (pick < 95) {
            return Edit.Add.of(ShapeKind.ARROW, box(), style(false));
        }
        return new Edit.Add(ShapeKind.TEXT, List.of(point()), style(false), Optional.of("note " + random.nextInt(1000)),
                16, Optional.empty());
    }

    private List<Point> path(int points) {
        Point at = point();
        List<Point> out = new ArrayList<>(points);
        double x = at.x();
        double y = at.y();
        for (int i = 0; i < points; i++) {
            out.add(new Point(round(x), round(y)));
            x = clamp(x + random.nextGaussian() * 6, WIDTH);
            y = clamp(y + random.nextGaussian() * 6, HEIGHT);
        }
        return out;
    }

    private List<Point> box() {
        Point a = point();
        double w = 10 + random.nextInt(120);
        double h = 10 + random.nextInt(90);
        return List.of(a, new Point(clamp(a.x() + w, WIDTH), clamp(a.y() + h, HEIGHT)));
    }

    private Point point() {
        return new Point(round(random.nextDouble() * WIDTH), round(random.nextDouble() * HEIGHT));
    }

    private Style style(boolean filled) {
        String stroke = COLOURS[random.nextInt(COLOURS.length)];
        Optional<String> fill = filled ? Optional.of(COLOURS[random.nextInt(COLOURS.length)]) : Optional.empty();
        return new Style(stroke, 1 + random.nextInt(6), fill, random.nextInt(4) == 0 ? 0.5 : 1);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
