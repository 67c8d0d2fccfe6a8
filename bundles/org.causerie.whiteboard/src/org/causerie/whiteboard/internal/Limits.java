package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.UnaryOperator;

import org.causerie.whiteboard.WhiteboardLimits;

/**
 * Limits from framework (or system) properties, each falling back to
 * {@link WhiteboardLimits#DEFAULTS}: {@code causerie.whiteboard.maxElements},
 * {@code .maxNodes}, {@code .maxRecordChars}, {@code .maxPathPoints},
 * {@code .maxImageChars}, {@code .recordsPerSecond}, {@code .burst}.
 */
final class Limits {

    private static final Logger LOG = System.getLogger(Limits.class.getName());
    static final String PREFIX = "causerie.whiteboard.";

    private Limits() {
    }

    static WhiteboardLimits read(UnaryOperator<String> properties) {
        WhiteboardLimits d = WhiteboardLimits.DEFAULTS;
        try {
            return new WhiteboardLimits(get(properties, "maxElements", d.maxElements()),
                    get(properties, "maxNodes", d.maxNodes()), get(properties, "maxRecordChars", d.maxRecordChars()),
                    get(properties, "maxPathPoints", d.maxPathPoints()),
                    get(properties, "maxImageChars", d.maxImageChars()),
                    get(properties, "recordsPerSecond", d.recordsPerSecond()), get(properties, "burst", d.burst()));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "whiteboard limits out of range, using the defaults: " + e.getMessage());
            return d;
        }
    }

    private static int get(UnaryOperator<String> properties, String name, int fallback) {
        return number(properties, PREFIX + name, fallback);
    }

    /** @return a whole-number property, or the fallback when it is unset or not a number */
    static int number(UnaryOperator<String> properties, String name, int fallback) {
        String value = properties.apply(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "not a number: " + name + "=" + value);
            return fallback;
        }
    }
}
