package org.causerie.roster.ui.internal.view;

import java.util.EnumMap;
import java.util.Map;

import org.causerie.roster.ui.internal.model.Icon;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The roster's presence pictures, drawn here pixel by pixel (no third-party art):
 * a disc whose colour and mark tell the presence, so that colour is not the only
 * clue — a dot for "free for chat", a bar for "do not disturb", a ring for
 * offline, invisible and pending. Created once per view, disposed with it.
 */
public final class Icons {

    private static final int SIZE = 16;
    private static final double CENTER = 7.5;
    private static final double RADIUS = 5.5;

    private final Display display;
    private final Map<Icon, Image> images = new EnumMap<>(Icon.class);

    public Icons(Display display) {
        this.display = display;
    }

    /** @return the picture, created on first use (display thread) */
    public Image get(Icon icon) {
        return images.computeIfAbsent(icon, i -> new Image(display, draw(i)));
    }

    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    /** @return the pixels of an icon; pure computation, usable off the display thread */
    static ImageData draw(Icon icon) {
        ImageData data = new ImageData(SIZE, SIZE, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.alphaData = new byte[SIZE * SIZE];
        RGB fill = fill(icon);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double d = Math.hypot(x - CENTER, y - CENTER);
                double coverage = icon == Icon.GROUP ? square(x, y) : disc(d, ring(icon));
                RGB colour = mark(icon, x, y, d) ? new RGB(255, 255, 255) : fill;
                data.setPixel(x, y, data.palette.getPixel(colour));
                data.alphaData[y * SIZE + x] = (byte) Math.round(255 * coverage);
            }
        }
        return data;
    }

    private static boolean ring(Icon icon) {
        return icon == Icon.OFFLINE || icon == Icon.INVISIBLE || icon == Icon.PENDING;
    }

    /** Anti-aliased coverage of a disc, or of a ring 2 pixels wide. */
    private static double disc(double d, boolean ring) {
        double outer = clamp(RADIUS + 0.5 - d);
        return ring ? Math.min(outer, clamp(d - (RADIUS - 2) + 0.5)) : outer;
    }

    private static double square(int x, int y) {
        return x >= 3 && x <= 12 && y >= 4 && y <= 12 ? 1 : 0;
    }

    private static boolean mark(Icon icon, int x, int y, double d) {
        return switch (icon) {
            case CHAT -> d < 2.0;
            case DND -> y >= 7 && y <= 8 && x >= 4 && x <= 11;
            case XA -> d < 2.6 && d >= 1.2;
            case GROUP -> y == 6 && x >= 5 && x <= 10;
            default -> false;
        };
    }

    private static RGB fill(Icon icon) {
        return switch (icon) {
            case AVAILABLE, CHAT -> new RGB(0x2e, 0xa0, 0x3c);
            case AWAY -> new RGB(0xf0, 0xa0, 0x1e);
            case XA -> new RGB(0xc0, 0x5a, 0x10);
            case DND -> new RGB(0xd0, 0x2c, 0x2c);
            case INVISIBLE -> new RGB(0x70, 0x70, 0x90);
            case OFFLINE -> new RGB(0x9a, 0x9a, 0x9a);
            case PENDING -> new RGB(0xd8, 0x90, 0x10);
            case GROUP -> new RGB(0x5a, 0x70, 0x8c);
        };
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
