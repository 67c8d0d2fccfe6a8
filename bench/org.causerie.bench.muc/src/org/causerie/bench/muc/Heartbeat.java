package org.causerie.bench.muc;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread stalls: a timer every {@value #PERIOD_MILLIS} ms
 * on the display thread notes how late it runs; the longest lateness since the last
 * {@link #reset()} is the longest time the thread could not handle events.
 */
final class Heartbeat implements Runnable {

    static final int PERIOD_MILLIS = 5;

    private final Display display;
    private final AtomicLong maxLateNanos = new AtomicLong();
    private volatile boolean running = true;
    private long expected;

    Heartbeat(Display display) {
        this.display = display;
        display.asyncExec(() -> {
            expected = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);
            display.timerExec(PERIOD_MILLIS, this);
        });
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        maxLateNanos.accumulateAndGet(now - expected, Math::max);
        expected = now + TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);
        if (running && !display.isDisposed()) {
            display.timerExec(PERIOD_MILLIS, this);
        }
    }

    void reset() {
        maxLateNanos.set(0);
    }

    /** @return the longest lateness since the last reset, in milliseconds */
    double maxStallMillis() {
        return maxLateNanos.get() / 1e6;
    }

    void stop() {
        running = false;
    }
}
