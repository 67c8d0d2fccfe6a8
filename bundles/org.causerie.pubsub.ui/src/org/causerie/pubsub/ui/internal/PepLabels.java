package org.causerie.pubsub.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.eclipse.osgi.util.NLS;

/**
 * Words for moods (XEP-0107 §11) and activities (XEP-0108 §11), from
 * {@code PepLabels.properties} and its translations; a value received that has
 * no words here is shown as it came.
 */
public final class PepLabels {

    /** The moods offered (a subset of XEP-0107's list; every value received is shown). */
    public static final List<String> MOODS = List.of("happy", "excited", "relaxed", "calm", "tired", "sad",
            "angry", "stressed", "bored", "curious", "confident", "grateful", "hungry", "sick", "sleepy",
            "surprised", "worried");
    /** The general activities of XEP-0108 §11. */
    public static final List<String> ACTIVITIES = List.of("doing_chores", "drinking", "eating", "exercising",
            "grooming", "having_appointment", "inactive", "relaxing", "talking", "traveling", "working");

    private PepLabels() {
    }

    private static String label(String key, String fallback) {
        try {
            return ResourceBundle.getBundle("org.causerie.pubsub.ui.internal.PepLabels", Locale.getDefault(),
                    PepLabels.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return fallback.replace('_', ' ');
        }
    }

    public static String mood(String value) {
        return label("mood." + value, value);
    }

    public static String activity(String value) {
        return label("activity." + value, value);
    }

    /** @return a contact's extended presence on one line, empty when nothing is published */
    public static String line(ExtendedPresence p) {
        StringBuilder line = new StringBuilder();
        p.mood().map(m0 -> mood(m0.value())).ifPresent(m -> append(line, NLS.bind(Messages.pep_mood, m)));
        p.activity().map(Activity::general).map(PepLabels::activity)
                .ifPresent(a -> append(line, NLS.bind(Messages.pep_activity, a)));
        p.tune().ifPresent(t -> append(line, NLS.bind(Messages.pep_tune, t.artist().orElse("?"),
                t.title().orElse("?"))));
        p.geoloc().ifPresent(g -> append(line, NLS.bind(Messages.pep_geoloc, g.locality().or(g::country)
                .orElseGet(() -> g.lat().isPresent() && g.lon().isPresent()
                        ? String.format(Locale.ROOT, "%.4f, %.4f", g.lat().getAsDouble(), g.lon().getAsDouble())
                        : "?"))));
        p.nick().ifPresent(n -> append(line, NLS.bind(Messages.pep_nick, n)));
        return line.toString();
    }

    private static void append(StringBuilder line, String part) {
        if (!line.isEmpty()) {
            line.append(" · ");
        }
        line.append(part);
    }

}
