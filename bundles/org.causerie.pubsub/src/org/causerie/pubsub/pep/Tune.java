package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A tune being listened to (XEP-0118).
 *
 * @param artist the artist
 * @param title the title
 * @param source the album or other source
 * @param length the duration in seconds
 * @param uri where to find it
 */
public record Tune(Optional<String> artist, Optional<String> title, Optional<String> source, OptionalInt length,
        Optional<String> uri) {

    public Tune {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(uri, "uri");
    }

    /** @return a tune with an artist and a title only */
    public static Tune of(String artist, String title) {
        return new Tune(Optional.of(artist), Optional.of(title), Optional.empty(), OptionalInt.empty(),
                Optional.empty());
    }
}
