package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

import org.causerie.roster.ui.internal.dialogs.Avatars;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.junit.jupiter.api.Test;

/** vCard pictures are decoded safely: a broken one is no picture (or what SWT could read), never an exception. */
class PicturesTest {

    @Test
    void aPngIsDecodedAndScaledToFit() {
        Optional<ImageData> image = Avatars.decode(png(300, 150), 96);
        assertTrue(image.isPresent());
        assertEquals(96, image.get().width);
        assertEquals(48, image.get().height);
    }

    @Test
    void aSmallPictureKeepsItsSize() {
        assertEquals(20, Avatars.decode(png(20, 10), 96).orElseThrow().width);
    }

    @Test
    void brokenPicturesAreEmpty() {
        byte[] png = png(64, 64);
        assertEquals(Optional.empty(), Avatars.decode(new byte[0], 96));
        assertEquals(Optional.empty(), Avatars.decode("not a picture".getBytes(), 96));
        // SWT may show what it could read of a damaged picture: no exception is what matters
        assertDoesNotThrow(() -> Avatars.decode(Arrays.copyOf(png, png.length / 2), 96), "truncated");
        byte[] garbled = png.clone();
        for (int i = 40; i < garbled.length; i += 7) {
            garbled[i] ^= 0x5a;
        }
        assertDoesNotThrow(() -> Avatars.decode(garbled, 96), "garbled");
        byte[] huge = png.clone();
        huge[16] = 0x7f; // IHDR width 0x7f0000xx: far beyond the side limit
        assertEquals(Optional.empty(), Avatars.decode(huge, 96), "absurd dimensions");
        assertEquals(Optional.empty(), Avatars.decode(new byte[(1 << 20) + 1], 96), "too large");
    }

    private static byte[] png(int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int x = 0; x < width; x++) {
            data.setPixel(x, x % height, 0x3366cc);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.save(out, SWT.IMAGE_PNG);
        return out.toByteArray();
    }
}
