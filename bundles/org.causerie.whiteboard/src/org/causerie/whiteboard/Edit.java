package org.causerie.whiteboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the user does to a board. Each becomes SXE records sent to the
 * session; undo and redo send new records too, never rewriting what was sent.
 */
public sealed interface Edit {

    /**
     * Draws a new shape.
     *
     * @param kind what to draw
     * @param points its geometry, as {@link ShapeKind} says (a path needs at least one point)
     * @param style how it is drawn
     * @param text the text of a {@link ShapeKind#TEXT}
     * @param fontSize the font size of a text (ignored for other kinds)
     * @param image the {@code data:image/...;base64,} URI of an {@link ShapeKind#IMAGE}
     */
    record Add(ShapeKind kind, List<Point> points, Style style, Optional<String> text, double fontSize,
            Optional<String> image) implements Edit {
        public Add {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(image, "image");
            points = List.copyOf(points);
        }

        /** @return an edit drawing a shape of that kind without text or image */
        public static Add of(ShapeKind kind, List<Point> points, Style style) {
            return new Add(kind, points, style, Optional.empty(), 0, Optional.empty());
        }
    }

    /** Moves a shape by an offset. */
    record Move(String shapeId, double dx, double dy) implements Edit {
        public Move {
            Objects.requireNonNull(shapeId, "shapeId");
        }
    }

    /** Scales a shape so that its bounds become the rectangle between the two corners. */
    record Resize(String shapeId, Point topLeft, Point bottomRight) implements Edit {
        public Resize {
            Objects.requireNonNull(shapeId, "shapeId");
            Objects.requireNonNull(topLeft, "topLeft");
            Objects.requireNonNull(bottomRight, "bottomRight");
        }
    }

    /** Changes how a shape is drawn. */
    record Restyle(String shapeId, Style style) implements Edit {
        public Restyle {
            Objects.requireNonNull(shapeId, "shapeId");
            Objects.requireNonNull(style, "style");
        }
    }

    /** Moves a shape in the z-order. */
    record Reorder(String shapeId, ZOrder to) implements Edit {
        public Reorder {
            Objects.requireNonNull(shapeId, "shapeId");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Removes a shape. */
    record Delete(String shapeId) implements Edit {
        public Delete {
            Objects.requireNonNull(shapeId, "shapeId");
        }
    }

    /** Removes every shape. */
    record Clear() implements Edit {
    }

    /** Where a {@link Reorder} puts a shape. */
    enum ZOrder {
        /** Above every other shape. */
        FRONT,
        /** Below every other shape. */
        BACK,
        /** Above the shape just above it. */
        FORWARD,
        /** Below the shape just below it. */
        BACKWARD
    }
}
