package org.causerie.whiteboard.ui.internal.canvas;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.whiteboard.Shape;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Paints shapes for the {@link ShapeLayer} into images held in this process (an
 * {@link Image} made from {@link ImageData} is a cairo image surface, rasterised here;
 * one made from a size is an X pixmap, and the X server then did the rasterising:
 * ~600 ms of its own time for 10,000 shapes, measured under Xvfb). A large area is
 * cut into horizontal bands painted at once, one per core (at most
 * {@value #MAX_BANDS}): the display thread paints the first, worker threads the
 * others (SWT allows an Image and its GC on another thread; each band has its own
 * {@link ShapePainter}, made on the display thread). A band a worker could not paint
 * is painted on the display thread. Display thread only.
 */
public final class BandRenderer {

    private static final Logger LOG = System.getLogger(BandRenderer.class.getName());
    /** Bands a renderer uses at most. */
    static final int MAX_BANDS = 4;
    /** Areas are cut in bands of at least this many pixels (smaller ones are not worth a thread). */
    static final int MIN_BAND_PIXELS = 128 * 1024;
    private static final PaletteData RGB = new PaletteData(0xFF0000, 0xFF00, 0xFF);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Display display;
    private final List<ShapePainter> painters = new ArrayList<>();
    private final int bands;
    private ExecutorService workers;
    private final Image[] blanks = new Image[2];

    /** @param own the display thread's painter (the first band's) */
    public BandRenderer(Display display, ShapePainter own) {
        this(display, own, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param own the display thread's painter (the first band's)
     * @param bands how many bands a large area is cut in, at most (1 paints on the display thread only)
     */
    public BandRenderer(Display display, ShapePainter own, int bands) {
        this.display = display;
        this.painters.add(own);
        this.bands = Math.max(1, Math.min(MAX_BANDS, bands));
    }

    /** Paints the shapes meeting a canvas area, on white, onto that area of {@code target}. */
    public void render(Image target, Rectangle area, View view, List<Shape> shapes) {
        draw(target, area, view, shapes, true);
    }

    /**
     * Paints the shapes meeting a canvas area over what {@code target} holds there (shapes added
     * on top of a board: painted into transparent images, then laid over it).
     */
    public void overlay(Image target, Rectangle area, View view, List<Shape> shapes) {
        draw(target, area, view, shapes, false);
    }

    private void draw(Image target, Rectangle area, View view, List<Shape> shapes, boolean clear) {
        List<Rectangle> parts = split(area, (int) Math.max(1, Math.min(bands,
                (long) area.width * area.height / MIN_BAND_PIXELS)));
        List<Image> images = new ArrayList<>(parts.size());
        for (Rectangle part : parts) {
            images.add(blank(part.width, part.height, clear));
        }
        List<Future<?>> later = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            Rectangle part = parts.get(i);
            ShapePainter painter = painter(i);
            Image image = images.get(i);
            Transform transform = view.transform(display, part.x, part.y);
            double[] clip = view.toBoard(part);
            later.add(workers().submit(() -> paint(painter, image, part, transform, clip, shapes, clear)));
        }
        try {
            paint(painter(0), images.get(0), parts.get(0), view.transform(display, parts.get(0).x, parts.get(0).y),
                    view.toBoard(parts.get(0)), shapes, clear);
            for (int i = 1; i < parts.size(); i++) {
                joined(later.get(i - 1), images.get(i), parts.get(i), view, shapes, clear);
            }
            GC gc = new GC(target);
            try {
                for (int i = 0; i < parts.size(); i++) {
                    Rectangle part = parts.get(i);
                    ImageCopy.copy(gc, images.get(i), 0, 0, part.width, part.height, part.x, part.y);
                }
            } finally {
                gc.dispose();
            }
        } finally {
            images.forEach(Image::dispose);
        }
    }

    /**
     * @return a new image of at least this size, transparent ({@code clear} false) or without alpha
     *         (to be painted white: as before, cairo's RGB24), copied in cairo from a blank one kept
     *         for the purpose: made from an {@code ImageData}, each band's image cost a pixel loop in Java
     */
    private Image blank(int width, int height, boolean clear) {
        int kind = clear ? 0 : 1;
        Image b = blanks[kind];
        if (b == null || b.getBounds().width < width || b.getBounds().height < height) {
            int w = Math.max(width, b == null ? 0 : b.getBounds().width);
            int h = Math.max(height, b == null ? 0 : b.getBounds().height);
            if (b != null) {
                b.dispose();
            }
            ImageData data = new ImageData(w, h, clear ? 24 : 32, RGB);
            if (!clear) {
                data.alphaData = new byte[w * h];
            }
            b = new Image(display, data);
            blanks[kind] = b;
        }
        return new Image(display, b, SWT.IMAGE_COPY);
    }

    private void joined(Future<?> band, Image image, Rectangle part, View view, List<Shape> shapes, boolean clear) {
        try {
            band.get();
            return;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "a band of the board could not be painted off the display thread; painting it "
                    + "on the display thread", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        paint(painters.get(0), image, part, view.transform(display, part.x, part.y), view.toBoard(part), shapes,
                clear);
    }

    /**
     * Paints one band into its image, on white or over transparency (any thread; disposes the transform).
     */
    private static void paint(ShapePainter painter, Image image, Rectangle part, Transform transform, double[] clip,
            List<Shape> shapes, boolean clear) {
        try {
            GC gc = new GC(image);
            try {
                if (clear) {
                    gc.setBackground(new Color(255, 255, 255));
                    gc.fillRectangle(0, 0, part.width, part.height);
                }
                gc.setTransform(transform);
                painter.paint(gc, shapes, clip);
            } finally {
                gc.dispose();
            }
        } finally {
            transform.dispose();
        }
    }

    /** @return the area cut in {@code n} horizontal bands of about the same height */
    public static List<Rectangle> split(Rectangle area, int n) {
        int count = Math.max(1, Math.min(n, area.height));
        List<Rectangle> out = new ArrayList<>(count);
        int y = area.y;
        for (int i = 0; i < count; i++) {
            int end = area.y + (int) ((long) area.height * (i + 1) / count);
            out.add(new Rectangle(area.x, y, area.width, end - y));
            y = end;
        }
        return out;
    }

    private ShapePainter painter(int band) {
        while (painters.size() <= band) {
            painters.add(new ShapePainter(display));
        }
        return painters.get(band);
    }

    private ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(Math.max(1, bands - 1), r -> {
                Thread t = new Thread(r, "causerie-whiteboard-paint-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /** Stops the workers and frees the bands' painters (not the display thread's own). */
    public void dispose() {
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
        for (int i = 0; i < blanks.length; i++) {
            if (blanks[i] != null) {
                blanks[i].dispose();
                blanks[i] = null;
            }
        }
        painters.subList(1, painters.size()).forEach(ShapePainter::dispose);
        painters.subList(1, painters.size()).clear();
    }
}
