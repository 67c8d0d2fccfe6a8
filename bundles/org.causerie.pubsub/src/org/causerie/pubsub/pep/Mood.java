package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.Optional;

/**
 * A mood (XEP-0107).
 *
 * @param value one of the mood element names of XEP-0107 §11, e.g. {@code happy}
 * @param text the user's words, if any
 */
public record Mood(String value, Optional<String> text) {

    public Mood {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
