package org.causerie.whiteboard;

import java.util.Objects;
import java.util.Optional;

/**
 * How a shape is drawn.
 *
 * @param stroke the stroke colour, {@code #rrggbb}
 * @param width the stroke width in user units, 0 to 1000
 * @param fill the fill colour, {@code #rrggbb}, or none
 * @param opacity 0 (invisible) to 1 (opaque)
 */
public record Style(String stroke, double width, Optional<String> fill, double opacity) {

    /** Black, 2 units wide, not filled, opaque. */
    public static final Style DEFAULT = new Style("#000000", 2, Optional.empty(), 1);

    public Style {
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(fill, "fill");
        if (!isColour(stroke) || fill.isPresent() && !isColour(fill.get())) {
            throw new IllegalArgumentException("colours are #rrggbb: " + stroke + ", " + fill);
        }
        if (!(width >= 0 && width <= 1000)) {
            throw new IllegalArgumentException("width out of 0..1000: " + width);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity out of 0..1: " + opacity);
        }
        stroke = stroke.toLowerCase(java.util.Locale.ROOT);
        fill = fill.map(f -> f.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the text is a colour this model accepts ({@code #rrggbb}) */
    public static boolean isColour(String text) {
        // #[0-9a-fA-F]{6}, without a matcher for every shape read (StyleColourTest compares the two)
        if (text.length() != 7 || text.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
