package org.causerie.roster.ui.internal.dialogs;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Decodes a vCard picture (XEP-0054 {@code PHOTO/BINVAL}) safely: size limits
 * before and after decoding, any decoding failure is an empty result, never an
 * exception; the picture is scaled to fit a square. Pure computation: runs off
 * the display thread.
 */
public final class Avatars {

    /** Larger pictures are not decoded (XEP-0153 recommends well under this). */
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_SIDE = 4096;

    private Avatars() {
    }

    /**
     * Reads the size a PNG or GIF header declares, so that a hostile picture never
     * makes the decoder allocate a huge image (JPEG and others are checked after decoding).
     */
    static boolean declaredTooLarge(byte[] data) {
        if (data.length >= 24 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return bigEndian(data, 16) > MAX_SIDE || bigEndian(data, 20) > MAX_SIDE
                    || bigEndian(data, 16) <= 0 || bigEndian(data, 20) <= 0;
        }
        if (data.length >= 10 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F') {
            int width = (data[6] & 0xff) | (data[7] & 0xff) << 8;
            int height = (data[8] & 0xff) | (data[9] & 0xff) << 8;
            return width > MAX_SIDE || height > MAX_SIDE;
        }
        return false;
    }

    private static long bigEndian(byte[] data, int offset) {
        return (long) (data[offset] & 0xff) << 24 | (data[offset + 1] & 0xff) << 16 | (data[offset + 2] & 0xff) << 8
                | (data[offset + 3] & 0xff);
    }

    /** @return the picture scaled to fit {@code side} pixels, or empty when it cannot be read */
    public static Optional<ImageData> decode(byte[] data, int side) {
        if (data.length == 0 || data.length > MAX_BYTES) {
            return Optional.empty();
        }
        if (declaredTooLarge(data)) {
            return Optional.empty();
        }
        try {
            ImageData[] frames = new ImageLoader().load(new ByteArrayInputStream(data));
            if (frames.length == 0 || frames[0].width <= 0 || frames[0].height <= 0
                    || frames[0].width > MAX_SIDE || frames[0].height > MAX_SIDE) {
                return Optional.empty();
            }
            ImageData first = frames[0];
            double scale = Math.min(1.0, (double) side / Math.max(first.width, first.height));
            int width = Math.max(1, (int) Math.round(first.width * scale));
            int height = Math.max(1, (int) Math.round(first.height * scale));
            return Optional.of(scale < 1.0 ? first.scaledTo(width, height) : first);
        } catch (SWTException | IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException
                | NegativeArraySizeException | OutOfMemoryError e) {
            // a broken or hostile picture: show none (the caller says so in words)
            return Optional.empty();
        }
    }
}
