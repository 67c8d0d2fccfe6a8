package org.causerie.whiteboard.ui.internal.canvas;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.Transform;

/**
 * Copies part of an image onto a GC without {@link GC#drawImage}: in SWT 3.135 on GTK every
 * {@code drawImage} first reads the WHOLE source image back into an {@code ImageData} (only to
 * learn its size): for the canvas's 1280 x 880 layer, an X pixmap, that is a round trip to the
 * X server and a pixel loop in Java on every paint event (measured: most of the display
 * thread's Java time while a board arrives). Filling a rectangle with the image as a pattern
 * makes cairo copy the pixels directly (within the X server when both are X surfaces).
 * The GC's transform is left as none.
 */
final class ImageCopy {

    private ImageCopy() {
    }

    /**
     * Copies {@code width} x {@code height} pixels at ({@code srcX}, {@code srcY}) of the image to
     * ({@code x}, {@code y}) of the GC, which must have no transform.
     */
    static void copy(GC gc, Image image, int srcX, int srcY, int width, int height, int x, int y) {
        Transform shift = new Transform(gc.getDevice());
        Pattern pattern = new Pattern(gc.getDevice(), image);
        try {
            shift.translate(x - srcX, y - srcY);
            gc.setTransform(shift); // the pattern follows the transform in force when it is filled with
            gc.setBackgroundPattern(pattern);
            gc.fillRectangle(srcX, srcY, width, height);
        } finally {
            gc.setBackgroundPattern(null);
            gc.setTransform(null);
            pattern.dispose();
            shift.dispose();
        }
    }
}
