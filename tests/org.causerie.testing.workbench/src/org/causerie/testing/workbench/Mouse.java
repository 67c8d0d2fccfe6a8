package org.causerie.testing.workbench;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * The user's mouse, through the X server: {@link Robot} drives the X server's own
 * pointer (its XTEST extension, which Xvfb has), so the workbench gets what a real
 * mouse gives: X events with the button state, GTK's grabs and drag and drop,
 * SWT's display filters. (SWT's {@link Display#post} is not enough for a drag: on
 * GTK 3 it warps the pointer but only puts button events into GDK's queue, so the
 * X server never knows a button is down and GTK never starts a drag.)
 * Coordinates are the screen's. Call it from the test thread: it paces the events
 * as a hand would.
 */
public final class Mouse {

    /** Between two events: lets the X server, GTK and the display thread handle one before the next. */
    private static final long PACE_MILLIS = 30;

    private final Display display;
    private final Robot robot;

    /**
     * @param display the workbench's display (see {@link WorkbenchRunner#display()}), on the X server of
     *        {@code DISPLAY}
     * @throws IllegalStateException when the X server cannot be driven (no XTEST, or a headless JVM), or
     *         when AWT would load GTK beside SWT ({@code awt.robot.gtk} not {@code false})
     */
    public Mouse(Display display) {
        this.display = display;
        if (!"false".equals(System.getProperty("awt.robot.gtk"))) {
            // AWT's Robot would load and initialise GTK from AWT's threads, beside SWT's own use of it
            throw new IllegalStateException("run the UI tests with -Dawt.robot.gtk=false (tests/ui-tests/pom.xml)");
        }
        try {
            robot = new Robot();
        } catch (AWTException | RuntimeException e) {
            throw new IllegalStateException("cannot drive the X server's pointer: " + e, e);
        }
    }

    /** Moves the pointer to a point of the screen. */
    public void moveTo(Point at) {
        robot.mouseMove(at.x, at.y);
        pace();
    }

    /** Presses the left button where the pointer is. */
    public void press() {
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        pace();
    }

    /** Releases the left button where the pointer is. */
    public void release() {
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        pace();
    }

    /**
     * Moves the pointer in small steps, as a hand does (GTK starts a drag only once
     * the pointer has moved past its threshold with the button down).
     */
    public void glide(Point from, Point to, int steps) {
        for (int i = 1; i <= steps; i++) {
            moveTo(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
    }

    /**
     * Only waits: the display thread may be inside SWT's drag detection after a press,
     * a loop that reads X events but runs no runnables until the pointer moves or
     * half a second passes, so waiting for it here (syncExec) would let the drag time out.
     */
    private static void pace() {
        try {
            Thread.sleep(PACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the display thread has handled what the mouse did so far. */
    public void settle() {
        pace();
        display.syncExec(() -> {
            // the display thread has come round to the runnables since the last event
        });
    }
}
