package org.causerie.muc.ui.internal.editor;

import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Runs a task on the display thread once a delay has passed since it was last
 * asked for: asks that come in the meantime push it back, so a burst of asks is one
 * run, after the burst. Display thread only.
 */
final class Quiet {

    private final Display display;
    private final int delayMillis;
    private final Runnable task;
    /** When the task runs (nanoTime); 0 when nothing waits. */
    private long due;

    Quiet(Display display, int delayMillis, Runnable task) {
        this.display = display;
        this.delayMillis = delayMillis;
        this.task = task;
    }

    /** Runs the task {@code delayMillis} from now, unless asked again before. */
    void ask() {
        boolean armed = due != 0;
        due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        if (!armed) {
            display.timerExec(delayMillis, this::fire);
        }
    }

    private void fire() {
        if (due == 0 || display.isDisposed()) {
            return;
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            display.timerExec((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), this::fire);
            return;
        }
        due = 0;
        task.run();
    }
}
