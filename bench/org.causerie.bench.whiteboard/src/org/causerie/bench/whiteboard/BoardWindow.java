package org.causerie.bench.whiteboard;

import java.util.List;

import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ui.internal.canvas.BoardCanvas;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A window holding the editor's canvas ({@link BoardCanvas}), 1280 by 880 pixels, to
 * time what a board costs to show and repaint. Display thread only.
 */
final class BoardWindow {

    private final Shell shell;
    private final BoardCanvas canvas;

    BoardWindow(Display display) {
        shell = new Shell(display);
        shell.setText("Causerie whiteboard benchmark");
        shell.setLayout(new FillLayout());
        canvas = new BoardCanvas(shell);
        shell.setBounds(0, 0, 1280, 880);
        shell.open();
        flush(display);
    }

    BoardCanvas canvas() {
        return canvas;
    }

    /**
     * Shows the shapes and waits until the canvas has painted them.
     *
     * @return the time that took, in ms (showing, the paint event's scheduling and handling)
     */
    double showAndPaint(List<Shape> shapes) {
        int before = canvas.repaints();
        long start = System.nanoTime();
        canvas.show(shapes);
        awaitPaint(before);
        return Figures.millis(start, System.nanoTime());
    }

    /**
     * Repaints the whole canvas, the view unchanged (as when a window above it goes):
     * damages all of it and waits until its paint event was handled.
     *
     * @return {from the damage until painted, the paint event's handling alone}, in ms
     */
    double[] repaintAll() {
        int before = canvas.repaints();
        long start = System.nanoTime();
        canvas.repaintAll();
        awaitPaint(before);
        return new double[] {Figures.millis(start, System.nanoTime()), canvas.lastPaintMillis()};
    }

    /**
     * Zooms (by the factor, about the top-left corner) or pans (by whole pixels) and waits
     * until the canvas painted: every shape is drawn again after a zoom, only the strips
     * that came into view after a pan.
     *
     * @return {from the change until painted, the paint event's handling alone}, in ms
     */
    double[] moveView(double zoom, int panX, int panY) {
        int before = canvas.repaints();
        long start = System.nanoTime();
        if (zoom != 1) {
            canvas.view().zoomBy(zoom, 0, 0);
        }
        canvas.view().panBy(panX, panY);
        canvas.repaintAll();
        awaitPaint(before);
        return new double[] {Figures.millis(start, System.nanoTime()), canvas.lastPaintMillis()};
    }

    /**
     * Handles events until the canvas painted after a moment the caller learns of: the repaint
     * count {@code shownAt} gives once it is known (negative until then).
     *
     * @return when it painted, {@link System#nanoTime()}
     */
    long awaitShown(java.util.function.LongSupplier shownAt) {
        Display display = canvas.control().getDisplay();
        long until = System.nanoTime() + 60_000_000_000L;
        while (shownAt.getAsLong() < 0 || canvas.repaints() <= shownAt.getAsLong()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the canvas did not paint the whole board within 60 s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return System.nanoTime();
    }

    /** Handles events until the canvas painted (SWT on GTK 3 paints on the frame clock, not in update()). */
    private void awaitPaint(int before) {
        Display display = canvas.control().getDisplay();
        canvas.control().update();
        long until = System.nanoTime() + 10_000_000_000L;
        while (canvas.repaints() == before) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the canvas did not paint within 10 s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { }); // wakes the sleep below should no event come
                display.sleep();
            }
        }
    }

    void close() {
        shell.dispose();
    }

    /** Handles the events waiting (the window's first paint, its mapping). */
    static void flush(Display display) {
        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
