package org.causerie.whiteboard.ui.internal.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ui.internal.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The board's canvas: paints the shapes through a {@link View}, double buffered, from a
 * {@link ShapeLayer} that keeps them painted, and
 * repaints only what changed (the union of the old and new areas of the shapes that
 * changed, of the gesture's preview, of the selection). Display thread only.
 */
public final class BoardCanvas {

    /** Half the side of the resize handle, in pixels. */
    private static final int HANDLE = 5;
    /** More areas than this to repaint after a change are repainted as their union. */
    private static final int MAX_DAMAGE = 64;

    private final Canvas canvas;
    private final View view = new View();
    private final ShapePainter painter;
    private final ShapeLayer layer;
    private List<Shape> shapes = List.of();
    private Map<String, Shape> byId = Map.of();
    private Optional<Shape> preview = Optional.empty();
    private Optional<String> selected = Optional.empty();
    private int repaints;
    private long lastPaintNanos;

    public BoardCanvas(Composite parent) {
        // DOUBLE_BUFFERED: SWT paints into an off-screen image first; NO_BACKGROUND: we clear the damage ourselves
        canvas = WidgetIds.name(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND), WidgetIds.CANVAS);
        painter = new ShapePainter(canvas.getDisplay());
        layer = new ShapeLayer(canvas.getDisplay(), painter);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Dispose, e -> {
            layer.dispose();
            painter.dispose();
        });
    }

    public Canvas control() {
        return canvas;
    }

    public View view() {
        return view;
    }

    /** @return the shapes shown, bottom first */
    public List<Shape> shapes() {
        return shapes;
    }

    /** @return how many paint events the canvas handled (tests, figures) */
    public int repaints() {
        return repaints;
    }

    /** @return how long the last paint event took to handle, in ms (figures) */
    public double lastPaintMillis() {
        return lastPaintNanos / 1e6;
    }

    /** Shows the board's shapes now, repainting only where a shape appeared, went or changed. */
    public void show(List<Shape> next) {
        if (next.size() > shapes.size() && !shapes.isEmpty() && startsWith(next, shapes) && append(next)) {
            return;
        }
        Map<String, Shape> nextById = new HashMap<>();
        next.forEach(s -> nextById.put(s.id(), s));
        List<double[]> damage = new ArrayList<>();
        for (Shape old : shapes) {
            if (!old.equals(nextById.get(old.id()))) {
                damage.add(Geometry.bounds(old));
            }
        }
        for (Shape now : next) {
            if (!now.equals(byId.get(now.id()))) {
                damage.add(Geometry.bounds(now));
            }
        }
        if (!order(shapes, nextById).equals(order(next, nextById))) {
            // a change of z-order repaints the shapes that moved in it: simply everything they cover
            next.forEach(s -> damage.add(Geometry.bounds(s)));
        }
        Optional<Shape> selectedBefore = selected.map(byId::get);
        shapes = List.copyOf(next);
        byId = nextById;
        Optional<Shape> selectedNow = selected.map(byId::get);
        if (!selectedBefore.equals(selectedNow)) {
            // the selection's outline and handle lie outside the shape's own area
            selectedBefore.ifPresent(s -> damage.add(damageOfSelection(s)));
            selectedNow.ifPresent(s -> damage.add(damageOfSelection(s)));
        }
        if (selected.isPresent() && !byId.containsKey(selected.get())) {
            selected = Optional.empty();
        }
        // one area for many (a board loaded at once): thousands of redraw calls cost more than the union
        (damage.size() > MAX_DAMAGE ? List.of(damage.stream().reduce(Geometry::union).orElseThrow()) : damage)
                .forEach(this::repaintShapes);
    }

    /**
     * Shapes only added on top (a board arriving, someone drawing): painted over the layer,
     * without painting again the shapes below them.
     */
    private boolean append(List<Shape> next) {
        List<Shape> added = next.subList(shapes.size(), next.size());
        Map<String, Shape> nextById = new HashMap<>(byId);
        added.forEach(s -> nextById.put(s.id(), s));
        if (nextById.size() != next.size()) {
            return false; // an id twice: not shapes added on top; compared shape by shape instead
        }
        List<Shape> below = shapes;
        shapes = List.copyOf(next);
        byId = nextById;
        double[] area = added.stream().map(Geometry::bounds).reduce(Geometry::union).orElseThrow();
        if (!canvas.isDisposed()) {
            Rectangle r = view.toScreen(area);
            Rectangle size = canvas.getClientArea();
            layer.append(below, List.copyOf(added), r, view, size.width, size.height);
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
        return true;
    }

    /** @return whether {@code list} begins with the shapes of {@code prefix} (the same ones, unchanged) */
    private static boolean startsWith(List<Shape> list, List<Shape> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            Shape a = list.get(i);
            Shape b = prefix.get(i);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> order(List<Shape> list, Map<String, Shape> keep) {
        return list.stream().map(Shape::id).filter(keep::containsKey).toList();
    }

    /** Shows the gesture being drawn (or nothing), repainting the old and new preview only. */
    public void preview(Optional<Shape> next) {
        preview.ifPresent(p -> repaint(Geometry.bounds(p)));
        preview = next;
        preview.ifPresent(p -> repaint(Geometry.bounds(p)));
    }

    /** Marks a shape as selected (a dashed box around it), or none. */
    public void select(Optional<String> id) {
        selected.map(byId::get).ifPresent(s -> repaint(damageOfSelection(s)));
        selected = id;
        selected.map(byId::get).ifPresent(s -> repaint(damageOfSelection(s)));
    }

    public Optional<String> selected() {
        return selected;
    }

    /** @return the shape shown with that id */
    public Optional<Shape> shape(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the centre of a shape's resize handle (its selection box's bottom-right corner), in canvas pixels */
    public org.eclipse.swt.graphics.Point handle(Shape shape) {
        double[] b = selectionBox(shape);
        return new org.eclipse.swt.graphics.Point(view.screenX(b[2]), view.screenY(b[3]));
    }

    /** @return whether a canvas pixel is on the selected shape's resize handle */
    public boolean onHandle(int x, int y) {
        return selected.map(byId::get).map(this::handle)
                .filter(h -> Math.abs(h.x - x) <= HANDLE && Math.abs(h.y - y) <= HANDLE).isPresent();
    }

    /** @return the topmost shape under a canvas pixel, if any */
    public Optional<Shape> shapeAt(int x, int y) {
        Point at = view.toBoard(x, y);
        double tolerance = 4 / view.zoom();
        for (int i = shapes.size() - 1; i >= 0; i--) {
            if (Geometry.touches(shapes.get(i), at, tolerance)) {
                return Optional.of(shapes.get(i));
            }
        }
        return Optional.empty();
    }

    /** Repaints everything (after zoom or pan: the layer notices the view changed and paints what it must). */
    public void repaintAll() {
        canvas.redraw();
    }

    /** Repaints an area of the canvas where shapes changed (the layer paints it again). */
    private void repaintShapes(double[] bounds) {
        if (!canvas.isDisposed()) {
            Rectangle r = view.toScreen(bounds);
            layer.invalidate(r);
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    /** Repaints an area of the canvas where only the preview or the selection changed. */
    private void repaint(double[] bounds) {
        if (!canvas.isDisposed()) {
            Rectangle r = view.toScreen(bounds);
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    private static double[] selectionBox(Shape shape) {
        double[] b = Geometry.bounds(shape);
        return new double[] {b[0] - 4, b[1] - 4, b[2] + 4, b[3] + 4};
    }

    private double[] damageOfSelection(Shape shape) {
        double[] b = selectionBox(shape);
        double pad = (HANDLE + 2) / view.zoom();
        return new double[] {b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad};
    }

    private void paint(Event event) {
        long start = System.nanoTime();
        try {
            paintDamage(event);
        } finally {
            lastPaintNanos = System.nanoTime() - start;
            repaints++;
        }
    }

    private void paintDamage(Event event) {
        GC gc = event.gc;
        Rectangle damaged = new Rectangle(event.x, event.y, event.width, event.height);
        Rectangle size = canvas.getClientArea();
        layer.paint(gc, damaged, size.width, size.height, view, shapes);
        Transform transform = view.transform(canvas.getDisplay());
        try {
            gc.setTransform(transform);
            preview.ifPresent(p -> painter.paint(gc, List.of(p), view.toBoard(damaged)));
            selected.map(byId::get).filter(Objects::nonNull).ifPresent(s -> outline(gc, s));
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void outline(GC gc, Shape shape) {
        double[] b = selectionBox(shape);
        gc.setAlpha(255);
        gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes((float) (1 / view.zoom())));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.drawRectangle((int) Math.floor(b[0]), (int) Math.floor(b[1]), (int) Math.ceil(b[2] - b[0]),
                (int) Math.ceil(b[3] - b[1]));
        gc.setLineStyle(SWT.LINE_SOLID);
        // the resize handle: a square of the same size in pixels at any zoom
        double side = 2 * HANDLE / view.zoom();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.fillRectangle((int) Math.round(b[2] - side / 2), (int) Math.round(b[3] - side / 2),
                (int) Math.max(1, Math.round(side)), (int) Math.max(1, Math.round(side)));
    }
}
