package org.causerie.whiteboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shape on a board, as it is now. Immutable.
 *
 * @param id the shape's stable id (the SXE record id of its SVG element)
 * @param kind what it is; says what {@code points} mean
 * @param points its geometry ({@link ShapeKind})
 * @param style how it is drawn
 * @param text the text of a {@link ShapeKind#TEXT}, else empty
 * @param fontSize the font size of a text, in user units (0 for other kinds)
 * @param image the {@code data:} URI of an {@link ShapeKind#IMAGE}, else empty
 * @param author who drew it: the room nickname or the JID the record came from, when known
 */
public record Shape(String id, ShapeKind kind, List<Point> points, Style style, Optional<String> text,
        double fontSize, Optional<String> image, Optional<String> author) {

    public Shape {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(author, "author");
        points = List.copyOf(points);
    }

    /** @return the smallest rectangle holding the points: top-left then bottom-right; empty for no points */
    public List<Point> bounds() {
        if (points.isEmpty()) {
            return List.of();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return List.of(new Point(minX, minY), new Point(maxX, maxY));
    }
}
