package org.causerie.ui.text;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * Draws emoticon pictures straight into the transcript's graphics context (no
 * image files, no third-party art), at the height of a text line. Drawn with a
 * few vector operations rather than from images: SWT 3.135 on GTK converts an
 * image's whole surface on every {@code drawImage}, which made repainting a
 * transcript full of smileys measurably slow.
 */
public final class EmoticonPainter {

    private static final Color FACE = new Color(255, 204, 51);
    private static final Color OUTLINE = new Color(153, 102, 0);
    private static final Color RED = new Color(204, 34, 51);
    private static final Color BLACK = new Color(0, 0, 0);

    private final int size;

    /** @param size the pictures' size in pixels (a text line's height); at least 10 is used */
    public EmoticonPainter(int size) {
        this.size = Math.max(10, size);
    }

    /** @return the pictures' size in pixels */
    public int size() {
        return size;
    }

    /** Paints the emoticon with its top left corner at (x, y), leaving the context as it found it. */
    public void paint(GC gc, Emoticon emoticon, int x, int y) {
        Color foreground = gc.getForeground();
        Color background = gc.getBackground();
        int lineWidth = gc.getLineWidth();
        int antialias = gc.getAntialias();
        try {
            gc.setAntialias(SWT.ON);
            if (emoticon == Emoticon.HEART) {
                heart(gc, x, y);
            } else {
                face(gc, emoticon, x, y);
            }
        } finally {
            gc.setForeground(foreground);
            gc.setBackground(background);
            gc.setLineWidth(lineWidth);
            gc.setAntialias(antialias);
        }
    }

    private void face(GC gc, Emoticon emoticon, int x, int y) {
        int s = size - 1;
        gc.setBackground(FACE);
        gc.fillOval(x, y, s, s);
        gc.setForeground(OUTLINE);
        gc.drawOval(x, y, s, s);
        gc.setBackground(BLACK);
        gc.setForeground(BLACK);
        int eye = Math.max(2, s / 8);
        int eyeY = y + s * 3 / 10;
        gc.fillOval(x + s * 3 / 10 - eye / 2, eyeY, eye, eye + 1);
        if (emoticon == Emoticon.WINK) {
            gc.drawLine(x + s * 6 / 10, eyeY + eye / 2, x + s * 6 / 10 + eye + 1, eyeY + eye / 2);
        } else {
            gc.fillOval(x + s * 7 / 10 - eye / 2, eyeY, eye, eye + 1);
        }
        gc.setLineWidth(Math.max(1, s / 12));
        int mouthX = x + s / 4;
        int mouthW = s / 2;
        switch (emoticon) {
            case SAD -> gc.drawArc(mouthX, y + s * 6 / 10, mouthW, s / 3, 0, 180);
            case SURPRISED -> gc.drawOval(x + s / 2 - s / 10, y + s * 6 / 10, s / 5, s / 5);
            case GRIN -> gc.fillArc(mouthX, y + s * 4 / 10, mouthW, s * 4 / 10, 180, 180);
            case TONGUE -> {
                gc.drawLine(mouthX, y + s * 65 / 100, mouthX + mouthW, y + s * 65 / 100);
                gc.setBackground(RED);
                gc.fillOval(x + s / 2 - s / 10, y + s * 65 / 100, s / 5, s / 5);
            }
            default -> gc.drawArc(mouthX, y + s * 4 / 10, mouthW, s * 4 / 10, 200, 140);
        }
    }

    private void heart(GC gc, int x, int y) {
        int s = size - 1;
        gc.setBackground(RED);
        int r = s / 2;
        gc.fillOval(x, y + s / 8, r + 1, r + 1);
        gc.fillOval(x + r - 1, y + s / 8, r + 1, r + 1);
        gc.fillPolygon(new int[] {x, y + s / 8 + r / 2 + 1, x + s, y + s / 8 + r / 2 + 1, x + s / 2, y + s});
    }
}
