package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.Optional;

/**
 * An activity (XEP-0108).
 *
 * @param general the general category, e.g. {@code working}
 * @param specific the specific activity, e.g. {@code coding}
 * @param text the user's words, if any
 */
public record Activity(String general, Optional<String> specific, Optional<String> text) {

    public Activity {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(specific, "specific");
        Objects.requireNonNull(text, "text");
    }
}
