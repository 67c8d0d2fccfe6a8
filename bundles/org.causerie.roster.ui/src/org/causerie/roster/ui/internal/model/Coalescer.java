package org.causerie.roster.ui.internal.model;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs a task at most once per gap however often it is asked for: the first
 * request after a quiet gap runs at once, later ones are merged into one run at
 * the end of the gap. The gap follows what the last run cost: {@value #COST_FACTOR}
 * times its duration, at least the minimum and at most the period. So rebuilding
 * a 10,000-contact roster (20-50 ms) waits the whole period between two runs,
 * while the rebuild of a small roster, or the first one with a large roster after
 * a small one (the login), does not wait a period for nothing (bench/roster: the
 * roster arriving at login waited 20-35 ms behind the tiny rebuild that preceded
 * it). Used on one thread (the executor's).
 */
public final class Coalescer {

    /** The gap is this many times the last run's duration: rebuilds take at most a third of the thread. */
    static final int COST_FACTOR = 3;

    private final ScheduledExecutorService executor;
    private final Runnable task;
    private final long minGapNanos;
    private final long periodNanos;
    private final LongSupplier clock;
    private long lastRun = Long.MIN_VALUE / 2;
    private long gapNanos;
    private boolean scheduled;

    /**
     * @param executor the single thread that calls {@link #request()} and runs the task
     * @param task the work, e.g. rebuilding the rows
     * @param minGapMillis the least time between two runs, however cheap
     * @param periodMillis the most time between two runs (the gap after an expensive one)
     * @param clock nanoseconds (System::nanoTime, or a fake in tests)
     */
    public Coalescer(ScheduledExecutorService executor, Runnable task, long minGapMillis, long periodMillis,
            LongSupplier clock) {
        this.executor = executor;
        this.task = task;
        this.minGapNanos = TimeUnit.MILLISECONDS.toNanos(minGapMillis);
        this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMillis);
        this.gapNanos = periodNanos;
        this.clock = clock;
    }

    /** Asks for a run; call on the executor's thread. */
    public void request() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = Math.max(0, lastRun + gapNanos - clock.getAsLong());
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
        long cost = clock.getAsLong() - lastRun;
        gapNanos = Math.min(periodNanos, Math.max(minGapNanos, COST_FACTOR * cost));
    }
}
