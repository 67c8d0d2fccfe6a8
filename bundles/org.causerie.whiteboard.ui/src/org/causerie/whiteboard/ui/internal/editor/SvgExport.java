package org.causerie.whiteboard.ui.internal.editor;

import java.util.List;
import java.util.Locale;

import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;

/**
 * Writes a board as a standalone SVG document: the shapes in z-order, sized to
 * what they cover, with the arrow marker the shared document leaves to renderers.
 */
public final class SvgExport {

    private static final double MARGIN = 10;

    private SvgExport() {
    }

    /** @return the SVG text of the shapes (bottom first) */
    public static String write(List<Shape> shapes) {
        double[] area = Exports.area(shapes, MARGIN);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" viewBox=\"").append(n(area[0])).append(' ').append(n(area[1])).append(' ')
                .append(n(area[2] - area[0])).append(' ').append(n(area[3] - area[1])).append("\" width=\"")
                .append(n(area[2] - area[0])).append("\" height=\"").append(n(area[3] - area[1])).append("\">\n")
                .append("  <defs><marker id=\"causerie-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10\" fill=\"none\" stroke=\"context-stroke\"/></marker></defs>\n");
        for (Shape shape : shapes) {
            svg.append("  ").append(element(shape)).append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    private static String element(Shape s) {
        List<Point> p = s.points();
        String style = style(s);
        return switch (s.kind()) {
            case PATH -> {
                StringBuilder d = new StringBuilder("M ").append(n(p.get(0).x())).append(' ').append(n(p.get(0).y()));
                p.stream().skip(1).forEach(q -> d.append(" L ").append(n(q.x())).append(' ').append(n(q.y())));
                yield "<path d=\"" + d + "\"" + style + "/>";
            }
            case LINE, ARROW -> "<line x1=\"" + n(p.get(0).x()) + "\" y1=\"" + n(p.get(0).y()) + "\" x2=\""
                    + n(p.get(p.size() - 1).x()) + "\" y2=\"" + n(p.get(p.size() - 1).y()) + "\"" + style
                    + (s.kind() == org.causerie.whiteboard.ShapeKind.ARROW ? " marker-end=\"url(#causerie-arrow)\"" : "")
                    + "/>";
            case RECTANGLE -> {
                double[] b = box(p);
                yield "<rect x=\"" + n(b[0]) + "\" y=\"" + n(b[1]) + "\" width=\"" + n(b[2] - b[0]) + "\" height=\""
                        + n(b[3] - b[1]) + "\"" + style + "/>";
            }
            case ELLIPSE -> {
                double[] b = box(p);
                yield "<ellipse cx=\"" + n((b[0] + b[2]) / 2) + "\" cy=\"" + n((b[1] + b[3]) / 2) + "\" rx=\""
                        + n((b[2] - b[0]) / 2) + "\" ry=\"" + n((b[3] - b[1]) / 2) + "\"" + style + "/>";
            }
            case TEXT -> "<text x=\"" + n(p.get(0).x()) + "\" y=\"" + n(p.get(0).y()) + "\" font-size=\""
                    + n(s.fontSize()) + "\" fill=\"" + s.style().fill().orElse(s.style().stroke()) + "\" opacity=\""
                    + n(s.style().opacity()) + "\">" + escape(s.text().orElse("")) + "</text>";
            case IMAGE -> {
                double[] b = box(p);
                yield "<image x=\"" + n(b[0]) + "\" y=\"" + n(b[1]) + "\" width=\"" + n(b[2] - b[0]) + "\" height=\""
                        + n(b[3] - b[1]) + "\" xlink:href=\"" + escape(s.image().orElse("")) + "\"/>";
            }
        };
    }

    private static String style(Shape s) {
        return " stroke=\"" + s.style().stroke() + "\" stroke-width=\"" + n(s.style().width()) + "\" fill=\""
                + s.style().fill().orElse("none") + "\" opacity=\"" + n(s.style().opacity())
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    }

    private static double[] box(List<Point> p) {
        return Exports.box(p);
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** @return the text with XML's special characters escaped */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
