package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An avatar's metadata (XEP-0084 §4.2): fetch the image with
 * {@link PepService#avatarData}.
 *
 * @param id the SHA-1 of the image data, hex
 * @param type its media type, e.g. {@code image/png}
 * @param bytes its size
 * @param width its width in pixels, when given
 * @param height its height in pixels, when given
 */
public record AvatarInfo(String id, String type, int bytes, OptionalInt width, OptionalInt height) {

    public AvatarInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
    }
}
