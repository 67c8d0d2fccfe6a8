package org.causerie.whiteboard.internal.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;

/**
 * Reads the shapes of a document: the root's element children in weight order
 * (the z-order). Elements Causerie does not draw (groups, titles, shapes with
 * broken geometry) are left out of the shapes but stay in the document. Keeps
 * each shape until its element's stamp changes, so a board of thousands of
 * shapes is re-read only where it changed.
 */
public final class ShapeReader {

    private record Cached(long stamp, Optional<Shape> shape) {
    }

    private final Map<String, Cached> cache = new HashMap<>();

    /** @return the shapes, the bottom one first */
    public List<Shape> read(SxeDocument doc) {
        List<Shape> shapes = new ArrayList<>();
        Node root = doc.root().orElse(null);
        int elements = 0;
        if (root != null) {
            for (Node n : root.children()) {
                if (n.type() != NodeType.ELEMENT) {
                    continue;
                }
                elements++;
                Cached c = cache.get(n.rid());
                if (c == null || c.stamp() != n.stamp()) {
                    c = new Cached(n.stamp(), shape(n));
                    cache.put(n.rid(), c);
                }
                c.shape().ifPresent(shapes::add);
            }
        }
        if (cache.size() > elements) {
            // elements went: forget them (the cache is updated in place otherwise, not made again for every read)
            Set<String> present = new HashSet<>();
            if (root != null) {
                root.children().forEach(n -> present.add(n.rid()));
            }
            cache.keySet().retainAll(present);
        }
        return shapes;
    }

    /** @return the shape an element draws, if Causerie draws it */
    public static Optional<Shape> shape(Node element) {
        Map<String, String> a = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (Node child : element.children()) {
            if (child.type() == NodeType.ATTR) {
                a.put(child.fields().name(), child.fields().chdata());
            } else if (child.type() == NodeType.TEXT) {
                text.append(child.fields().chdata());
            }
        }
        String name = element.fields().name();
        Optional<ShapeKind> kind = kind(name, a);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<Point> points = points(kind.get(), a);
        if (points.size() < Geometry.points(kind.get())) {
            return Optional.empty();
        }
        double fontSize = kind.get() == ShapeKind.TEXT ? clamp(num(a, "font-size", 16), 0, 10_000) : 0;
        return Optional.of(new Shape(element.rid(), kind.get(), points, style(kind.get(), a),
                kind.get() == ShapeKind.TEXT ? Optional.of(text.toString()) : Optional.empty(), fontSize,
                kind.get() == ShapeKind.IMAGE ? Optional.ofNullable(a.get("href")) : Optional.empty(),
                element.creator()));
    }

    private static Optional<ShapeKind> kind(String name, Map<String, String> a) {
        return switch (name) {
            case "path", "polyline", "polygon" -> Optional.of(ShapeKind.PATH);
            case "line" -> Optional.of(a.containsKey("marker-end") ? ShapeKind.ARROW : ShapeKind.LINE);
            case "rect" -> Optional.of(ShapeKind.RECTANGLE);
            case "ellipse", "circle" -> Optional.of(ShapeKind.ELLIPSE);
            case "text" -> Optional.of(ShapeKind.TEXT);
            case "image" -> a.containsKey("href") ? Optional.of(ShapeKind.IMAGE) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static List<Point> points(ShapeKind kind, Map<String, String> a) {
        return switch (kind) {
            case PATH -> a.containsKey("d") ? PathData.parsePath(a.get("d"))
                    : PathData.parsePoints(a.getOrDefault("points", ""));
            case LINE, ARROW -> List.of(new Point(num(a, "x1", 0), num(a, "y1", 0)),
                    new Point(num(a, "x2", 0), num(a, "y2", 0)));
            case RECTANGLE, IMAGE -> {
                double x = num(a, "x", 0);
                double y = num(a, "y", 0);
                yield List.of(new Point(x, y), new Point(x + Math.abs(num(a, "width", 0)),
                        y + Math.abs(num(a, "height", 0))));
            }
            case ELLIPSE -> {
                double cx = num(a, "cx", 0);
                double cy = num(a, "cy", 0);
                double rx = Math.abs(num(a, "rx", num(a, "r", 0)));
                double ry = Math.abs(num(a, "ry", num(a, "r", 0)));
                yield List.of(new Point(cx - rx, cy - ry), new Point(cx + rx, cy + ry));
            }
            case TEXT -> List.of(new Point(num(a, "x", 0), num(a, "y", 0)));
        };
    }

    private static Style style(ShapeKind kind, Map<String, String> a) {
        String stroke = kind == ShapeKind.TEXT ? a.get("fill") : a.get("stroke");
        String fill = a.get("fill");
        return new Style(stroke != null && Style.isColour(stroke) ? stroke : "#000000",
                clamp(num(a, "stroke-width", 1), 0, 1000),
                kind != ShapeKind.TEXT && fill != null && Style.isColour(fill) ? Optional.of(fill) : Optional.empty(),
                clamp(num(a, "opacity", 1), 0, 1));
    }

    private static double num(Map<String, String> a, String name, double fallback) {
        String v = a.get(name);
        return v == null ? fallback : PathData.parse(v, fallback);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
