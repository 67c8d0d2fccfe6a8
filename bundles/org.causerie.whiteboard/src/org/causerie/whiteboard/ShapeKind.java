package org.causerie.whiteboard;

/**
 * What a shape is, and what its {@link Shape#points()} mean.
 */
public enum ShapeKind {
    /** A freehand stroke: the points in drawing order (an SVG {@code path}). */
    PATH,
    /** A straight line from the first point to the second (SVG {@code line}). */
    LINE,
    /** A line with an arrow head at the second point. */
    ARROW,
    /** A rectangle between two opposite corners (SVG {@code rect}). */
    RECTANGLE,
    /** An ellipse inscribed in the rectangle between two opposite corners (SVG {@code ellipse}). */
    ELLIPSE,
    /** Text whose baseline starts at the single point (SVG {@code text}). */
    TEXT,
    /** An embedded picture (a {@code data:} URI) filling the rectangle between two corners. */
    IMAGE
}
