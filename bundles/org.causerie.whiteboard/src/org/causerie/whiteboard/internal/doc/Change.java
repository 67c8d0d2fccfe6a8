package org.causerie.whiteboard.internal.doc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an edit, an undo or a redo does to the board, in terms that invert
 * easily: create elements, erase them, or give attributes (and a weight) new
 * values. Immutable.
 */
public sealed interface Change {

    /**
     * One element to create, exactly so.
     *
     * @param id its rid
     * @param name its SVG element name
     * @param weight its primary weight, or empty for above everything
     * @param attributes its attributes in order ({@link Geometry#XLINK_HREF} for the image URI)
     * @param text its text content, for a text element
     */
    record Copy(String id, String name, Optional<Float> weight, Map<String, String> attributes,
            Optional<String> text) {
        public Copy {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(text, "text");
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }
    }

    /** Creates elements (a drawing, or shapes coming back). */
    record Create(List<Copy> copies) implements Change {
        public Create {
            copies = List.copyOf(copies);
        }
    }

    /** Removes elements with everything in them. */
    record Erase(List<String> ids) implements Change {
        public Erase {
            ids = List.copyOf(ids);
        }
    }

    /**
     * Gives one element's attributes new values (an empty value removes the
     * attribute) and, when present, a new weight.
     */
    record Restore(String id, Map<String, Optional<String>> attributes, Optional<Float> weight) implements Change {
        public Restore {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(weight, "weight");
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }
    }
}
