package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.canvas.BandRenderer;
import org.causerie.whiteboard.ui.internal.canvas.ShapePainter;
import org.causerie.whiteboard.ui.internal.canvas.View;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canvas's shapes painted in bands on several threads (the shape layer of a large board)
 * give the very pixels one band painted on the display thread gives; shapes added on top and
 * laid over the painted ones give the same picture.
 */
class BandRendererTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private static BoardWorkbench bench;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
    }

    @Test
    void bandsPaintedOnWorkerThreadsMatchOnePaintedOnTheDisplayThread() {
        List<Shape> shapes = shapes(1500);
        View view = new View();
        view.zoomBy(1.25, 0, 0);
        view.panBy(-30, 12);
        Rectangle whole = new Rectangle(0, 0, WIDTH, HEIGHT);
        Rectangle part = new Rectangle(37, 91, 611, 403);
        bench.ui.run(() -> {
            Display display = Display.getCurrent();
            for (Rectangle area : List.of(whole, part)) {
                ImageData one = render(display, 1, area, view, shapes);
                ImageData four = render(display, 4, area, view, shapes);
                assertArrayEquals(pixels(one, area), pixels(four, area), "the same pixels in " + area);
                assertTrue(inked(one, area) > area.width * area.height / 4, "the shapes are painted in " + area);
            }
        });
    }

    @Test
    void shapesLaidOverThePaintedOnesGiveThePictureOfAllPaintedAtOnce() {
        List<Shape> shapes = shapes(1500);
        View view = new View();
        Rectangle whole = new Rectangle(0, 0, WIDTH, HEIGHT);
        bench.ui.run(() -> {
            Display display = Display.getCurrent();
            ImageData all = render(display, 1, whole, view, shapes);
            ShapePainter painter = new ShapePainter(display);
            BandRenderer renderer = new BandRenderer(display, painter, 4);
            Image target = new Image(display, WIDTH, HEIGHT);
            ImageData layered;
            try {
                renderer.render(target, whole, view, shapes.subList(0, 700));
                renderer.overlay(target, whole, view, shapes.subList(700, 1100));
                renderer.overlay(target, new Rectangle(0, 0, WIDTH, HEIGHT / 2), view, shapes.subList(1100, 1500));
                renderer.overlay(target, new Rectangle(0, HEIGHT / 2, WIDTH, HEIGHT - HEIGHT / 2), view,
                        shapes.subList(1100, 1500));
                layered = target.getImageData();
            } finally {
                target.dispose();
                renderer.dispose();
                painter.dispose();
            }
            // compositing a layer of shapes over others rounds alpha once more: at most 2 levels apart
            int worst = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    RGB a = all.palette.getRGB(all.getPixel(x, y));
                    RGB b = layered.palette.getRGB(layered.getPixel(x, y));
                    worst = Math.max(worst, Math.max(Math.abs(a.red - b.red), Math.max(Math.abs(a.green - b.green),
                            Math.abs(a.blue - b.blue))));
                }
            }
            assertTrue(worst <= 2, "the largest difference of a colour channel: " + worst);
        });
    }

    @Test
    void bandsCoverTheAreaOnce() {
        Rectangle area = new Rectangle(3, 5, 100, 7);
        for (int n = 1; n <= 9; n++) {
            List<Rectangle> bands = BandRenderer.split(area, n);
            assertEquals(Math.min(n, 7), bands.size());
            int y = area.y;
            for (Rectangle band : bands) {
                assertEquals(new Rectangle(area.x, y, area.width, band.height), band);
                y += band.height;
            }
            assertEquals(area.y + area.height, y);
        }
    }

    private static ImageData render(Display display, int bands, Rectangle area, View view, List<Shape> shapes) {
        ShapePainter painter = new ShapePainter(display);
        BandRenderer renderer = new BandRenderer(display, painter, bands);
        Image target = new Image(display, WIDTH, HEIGHT);
        try {
            renderer.render(target, area, view, shapes);
            return target.getImageData();
        } finally {
            target.dispose();
            renderer.dispose();
            painter.dispose();
        }
    }

    private static int[] pixels(ImageData data, Rectangle area) {
        int[] out = new int[area.width * area.height];
        for (int y = 0; y < area.height; y++) {
            data.getPixels(area.x, area.y + y, area.width, out, y * area.width);
        }
        return out;
    }

    private static long inked(ImageData data, Rectangle area) {
        int white = data.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        long count = 0;
        for (int pixel : pixels(data, area)) {
            if (pixel != white) {
                count++;
            }
        }
        return count;
    }

    /** Strokes, boxes, ellipses, lines, arrows and texts in every style, spread over the canvas. */
    private static List<Shape> shapes(int count) {
        Random random = new Random(3);
        String[] colours = {"#000000", "#d32f2f", "#1976d2", "#388e3c"};
        List<Shape> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ShapeKind kind = ShapeKind.values()[random.nextInt(6)];
            double x = random.nextInt(WIDTH);
            double y = random.nextInt(HEIGHT);
            List<Point> points = new ArrayList<>();
            points.add(new Point(x, y));
            if (kind == ShapeKind.PATH) {
                for (int p = 0; p < 12; p++) {
                    points.add(new Point(x + random.nextGaussian() * 20, y + random.nextGaussian() * 20));
                }
            } else if (kind != ShapeKind.TEXT) {
                points.add(new Point(x + 10 + random.nextInt(90), y + 10 + random.nextInt(70)));
            }
            Optional<String> fill = kind == ShapeKind.RECTANGLE && random.nextBoolean()
                    ? Optional.of(colours[random.nextInt(colours.length)]) : Optional.empty();
            Style style = new Style(colours[random.nextInt(colours.length)], 1 + random.nextInt(5), fill,
                    random.nextInt(3) == 0 ? 0.5 : 1);
            out.add(new Shape("s" + i, kind, points, style, kind == ShapeKind.TEXT ? Optional.of("note " + i)
                    : Optional.empty(), 14, Optional.empty(), Optional.of("alice")));
        }
        return out;
    }
}
