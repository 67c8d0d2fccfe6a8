package org.causerie.whiteboard.internal.doc;

import static org.causerie.whiteboard.internal.doc.PathData.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;

/**
 * The SVG element and attributes Causerie writes for each kind of shape. An
 * arrow is a {@code line} with {@code marker-end="url(#causerie-arrow)"}: the
 * marker lives in no shared document; renderers and exports draw the head.
 */
public final class Geometry {

    /** The marker reference that makes a line an arrow. */
    public static final String ARROW_MARKER = "url(#causerie-arrow)";
    /** How an image's URI is named: {@code xlink:href} (SVG 1.1), the namespace in {@link SvgPolicy#XLINK_NS}. */
    public static final String XLINK_HREF = "xlink:href";

    private Geometry() {
    }

    /** @return the SVG element name of a kind */
    public static String element(ShapeKind kind) {
        return switch (kind) {
            case PATH -> "path";
            case LINE, ARROW -> "line";
            case RECTANGLE, IMAGE -> kind == ShapeKind.IMAGE ? "image" : "rect";
            case ELLIPSE -> "ellipse";
            case TEXT -> "text";
        };
    }

    /** @return how many points a kind needs (PATH: at least one) */
    public static int points(ShapeKind kind) {
        return switch (kind) {
            case PATH, TEXT -> 1;
            default -> 2;
        };
    }

    /** @return the geometry attributes of a shape, in the order they are sent */
    public static Map<String, String> attributes(ShapeKind kind, List<Point> p, double fontSize) {
        Map<String, String> a = new LinkedHashMap<>();
        switch (kind) {
            case PATH -> a.put("d", PathData.format(p));
            case LINE, ARROW -> {
                a.put("x1", number(p.get(0).x()));
                a.put("y1", number(p.get(0).y()));
                a.put("x2", number(p.get(1).x()));
                a.put("y2", number(p.get(1).y()));
            }
            case RECTANGLE, IMAGE -> {
                a.put("x", number(Math.min(p.get(0).x(), p.get(1).x())));
                a.put("y", number(Math.min(p.get(0).y(), p.get(1).y())));
                a.put("width", number(Math.abs(p.get(1).x() - p.get(0).x())));
                a.put("height", number(Math.abs(p.get(1).y() - p.get(0).y())));
            }
            case ELLIPSE -> {
                a.put("cx", number((p.get(0).x() + p.get(1).x()) / 2));
                a.put("cy", number((p.get(0).y() + p.get(1).y()) / 2));
                a.put("rx", number(Math.abs(p.get(1).x() - p.get(0).x()) / 2));
                a.put("ry", number(Math.abs(p.get(1).y() - p.get(0).y()) / 2));
            }
            case TEXT -> {
                a.put("x", number(p.get(0).x()));
                a.put("y", number(p.get(0).y()));
                a.put("font-size", number(fontSize));
            }
        }
        return a;
    }

    /** The presentation attributes {@link #style} may write: a restyle removes those it leaves out. */
    public static final List<String> STYLE_ATTRIBUTES = List.of("stroke", "stroke-width", "fill", "marker-end",
            "opacity");

    /**
     * @return the presentation attributes of a style, without those equal to SVG's initial values
     *         ({@code stroke-width} 1, {@code opacity} 1) or meaningless ({@code fill} none on a
     *         line): every reader takes those values when the attribute is absent, and a board of
     *         thousands of shapes is that many records lighter for a late joiner
     */
    public static Map<String, String> style(ShapeKind kind, Style style) {
        Map<String, String> a = new LinkedHashMap<>();
        if (kind == ShapeKind.TEXT) {
            a.put("fill", style.stroke());
        } else if (kind != ShapeKind.IMAGE) {
            a.put("stroke", style.stroke());
            if (style.width() != 1) {
                a.put("stroke-width", number(style.width()));
            }
            boolean line = kind == ShapeKind.LINE || kind == ShapeKind.ARROW;
            if (style.fill().isPresent() || !line) {
                a.put("fill", style.fill().orElse("none"));
            }
        }
        if (kind == ShapeKind.ARROW) {
            a.put("marker-end", ARROW_MARKER);
        }
        if (style.opacity() != 1) {
            a.put("opacity", number(style.opacity()));
        }
        return a;
    }
}
