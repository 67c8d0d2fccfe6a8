package org.causerie.whiteboard.ui.internal.canvas;

import java.util.Optional;

import org.causerie.whiteboard.ShapeKind;

/** The palette's tools: what a gesture on the canvas does. */
public enum Tool {
    PEN(ShapeKind.PATH), LINE(ShapeKind.LINE), ARROW(ShapeKind.ARROW), RECTANGLE(ShapeKind.RECTANGLE),
    ELLIPSE(ShapeKind.ELLIPSE), TEXT(ShapeKind.TEXT), SELECT(null), ERASER(null);

    private final ShapeKind kind;

    Tool(ShapeKind kind) {
        this.kind = kind;
    }

    /** @return the kind of shape the tool draws; empty for select and eraser */
    public Optional<ShapeKind> kind() {
        return Optional.ofNullable(kind);
    }
}
