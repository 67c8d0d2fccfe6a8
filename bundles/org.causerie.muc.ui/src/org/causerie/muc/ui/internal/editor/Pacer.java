package org.causerie.muc.ui.internal.editor;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Runs a task on the display thread when asked, from any thread, but at most once per
 * interval: asks that come while it waits are one run. A room's history on joining
 * comes as thousands of messages and its occupants as hundreds of presences over a
 * second or two; showing them costs a display turn each time (the transcript lays out
 * its newest lines again), so the turns are spaced to leave the display thread free
 * for the user in between, and the last of a burst is shown at most one interval late.
 */
final class Pacer {

    private final Executor display;
    private final BiConsumer<Integer, Runnable> timer;
    private final long intervalNanos;
    private final Runnable task;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Display thread only: when the task may run again (nanoTime). */
    private long next = System.nanoTime();

    /**
     * @param display runs on the display thread, later
     * @param timer runs on the display thread after that many milliseconds; called on the display thread
     * @param intervalMillis the shortest time between two runs
     * @param task what to run, on the display thread
     */
    Pacer(Executor display, BiConsumer<Integer, Runnable> timer, long intervalMillis, Runnable task) {
        this.display = display;
        this.timer = timer;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.task = task;
    }

    /** Runs the task soon: now if the last run was an interval ago or more, else when it will be. */
    void request() {
        if (scheduled.compareAndSet(false, true)) {
            display.execute(this::run);
        }
    }

    private void run() {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            timer.accept((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), this::run);
            return;
        }
        scheduled.set(false); // what comes while the task runs asks for the next run
        next = System.nanoTime() + intervalNanos;
        task.run();
    }
}
