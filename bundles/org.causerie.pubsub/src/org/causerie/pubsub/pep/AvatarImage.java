package org.causerie.pubsub.pep;

import java.util.Objects;

/**
 * An avatar to publish.
 *
 * @param data the image bytes
 * @param type its media type; XEP-0084 §4.1 requires {@code image/png} to be offered
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record AvatarImage(byte[] data, String type, int width, int height) {

    /** The largest image accepted: XEP-0153 §3.1 asks for small images, servers cap vCards. */
    public static final int MAX_BYTES = 64 * 1024;

    public AvatarImage {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(type, "type");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("an avatar has 1 to " + MAX_BYTES + " bytes, not " + data.length);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
