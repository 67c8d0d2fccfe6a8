package org.causerie.roster.ui.internal.model;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs a task at most once per period however often it is asked for: the first
 * request after a quiet period runs at once, later ones are merged into one run
 * at the end of the period. Used on one thread (the executor's).
 */
public final class Coalescer {

    private final ScheduledExecutorService executor;
    private final Runnable task;
    private final long periodNanos;
    private final LongSupplier clock;
    private long lastRun = Long.MIN_VALUE / 2;
    private boolean scheduled;

    /**
     * @param executor the single thread that calls {@link #request()} and runs the task
     * @param task the work, e.g. rebuilding the rows
     * @param periodMillis the least time between two runs
     * @param clock nanoseconds (System::nanoTime, or a fake in tests)
     */
    public Coalescer(ScheduledExecutorService executor, Runnable task, long periodMillis, LongSupplier clock) {
        this.executor = executor;
        this.task = task;
        this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMillis);
        this.clock = clock;
    }

    /** Asks for a run; call on the executor's thread. */
    public void request() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = Math.max(0, lastRun + periodNanos - clock.getAsLong());
        if (wait == 0) {
            executor.execute(this::run);
        } else {
            executor.schedule(this::run, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        scheduled = false;
        lastRun = clock.getAsLong();
        task.run();
    }
}
