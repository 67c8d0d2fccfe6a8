package org.causerie.chat.ui.internal.editor;

import java.util.EnumMap;
import java.util.Map;

import org.causerie.chat.ui.internal.text.Emoticon;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Emoticon pictures, drawn here (no image files, no third-party art) at the
 * height of a text line, on the transcript's background. Dispose with the editor.
 */
final class EmoticonImages {

    private static final Color FACE = new Color(255, 204, 51);
    private static final Color OUTLINE = new Color(153, 102, 0);
    private static final Color RED = new Color(204, 34, 51);

    private final Display display;
    private final Color background;
    private final int size;
    private final Map<Emoticon, Image> images = new EnumMap<>(Emoticon.class);

    EmoticonImages(Display display, Color background, int size) {
        this.display = display;
        this.background = background;
        this.size = Math.max(10, size);
    }

    int size() {
        return size;
    }

    Image get(Emoticon emoticon) {
        return images.computeIfAbsent(emoticon, this::draw);
    }

    private Image draw(Emoticon emoticon) {
        Image image = new Image(display, size, size);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(background);
            gc.fillRectangle(0, 0, size, size);
            if (emoticon == Emoticon.HEART) {
                heart(gc);
            } else {
                face(gc, emoticon);
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void face(GC gc, Emoticon emoticon) {
        int s = size - 1;
        gc.setBackground(FACE);
        gc.fillOval(0, 0, s, s);
        gc.setForeground(OUTLINE);
        gc.drawOval(0, 0, s, s);
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        int eye = Math.max(2, s / 8);
        int eyeY = s * 3 / 10;
        gc.fillOval(s * 3 / 10 - eye / 2, eyeY, eye, eye + 1);
        if (emoticon == Emoticon.WINK) {
            gc.drawLine(s * 6 / 10, eyeY + eye / 2, s * 6 / 10 + eye + 1, eyeY + eye / 2);
        } else {
            gc.fillOval(s * 7 / 10 - eye / 2, eyeY, eye, eye + 1);
        }
        gc.setLineWidth(Math.max(1, s / 12));
        int mouthX = s / 4;
        int mouthW = s / 2;
        switch (emoticon) {
            case SAD -> gc.drawArc(mouthX, s * 6 / 10, mouthW, s / 3, 0, 180);
            case SURPRISED -> gc.drawOval(s / 2 - s / 10, s * 6 / 10, s / 5, s / 5);
            case GRIN -> gc.fillArc(mouthX, s * 4 / 10, mouthW, s * 4 / 10, 180, 180);
            case TONGUE -> {
                gc.drawLine(mouthX, s * 65 / 100, mouthX + mouthW, s * 65 / 100);
                gc.setBackground(RED);
                gc.fillOval(s / 2 - s / 10, s * 65 / 100, s / 5, s / 5);
            }
            default -> gc.drawArc(mouthX, s * 4 / 10, mouthW, s * 4 / 10, 200, 140);
        }
    }

    private void heart(GC gc) {
        int s = size - 1;
        gc.setBackground(RED);
        int r = s / 2;
        gc.fillOval(0, s / 8, r + 1, r + 1);
        gc.fillOval(r - 1, s / 8, r + 1, r + 1);
        gc.fillPolygon(new int[] {0, s / 8 + r / 2 + 1, s, s / 8 + r / 2 + 1, s / 2, s});
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
