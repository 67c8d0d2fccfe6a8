package org.causerie.pubsub;

import java.util.Objects;
import java.util.Optional;

/**
 * An Atom entry (RFC 4287) to publish, the payload XEP-0060 §7.1 uses in its
 * examples and XEP-0277 builds on.
 *
 * @param title the entry's title
 * @param body its text content ({@code <content type='text'>})
 * @param link an alternate link, when there is one
 */
public record AtomEntry(String title, String body, Optional<String> link) {

    /** The Atom namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    public AtomEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
    }
}
