package org.causerie.testing.workbench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread stalls: a timer every {@value #PERIOD_MILLIS} ms
 * on the display thread notes how late it runs; the longest lateness since the last
 * {@link #reset()} is the longest time the thread could not handle events. Stalls
 * over {@value #NOTED_MILLIS} ms are noted with when they began and the CPU time the
 * display thread used meanwhile: unlike the stall itself, that does not grow when the
 * machine is loaded (a stall with little CPU time is the thread waiting for a core,
 * the X server or a lock).
 */
public final class Heartbeat implements Runnable {

    public static final int PERIOD_MILLIS = 5;
    public static final int NOTED_MILLIS = 10;

    /** A stall: when it began (nanoTime), how long it lasted and the display thread's CPU time during it. */
    public record Stall(long startNanos, double millis, double cpuMillis) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Display display;
    private final AtomicLong maxLateNanos = new AtomicLong();
    private final ConcurrentLinkedQueue<Stall> stalls = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private long expected;
    private long cpuAtLastTick;

    public Heartbeat(Display display) {
        this.display = display;
        display.asyncExec(() -> {
            expected = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);
            cpuAtLastTick = THREADS.getCurrentThreadCpuTime();
            display.timerExec(PERIOD_MILLIS, this);
        });
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long late = now - expected;
        maxLateNanos.accumulateAndGet(late, Math::max);
        if (late > TimeUnit.MILLISECONDS.toNanos(NOTED_MILLIS)) {
            // the CPU time since the last tick: the stall's own, plus at most one period's worth
            stalls.add(new Stall(expected, late / 1e6, (cpu - cpuAtLastTick) / 1e6));
        }
        cpuAtLastTick = cpu;
        expected = now + TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);
        if (running && !display.isDisposed()) {
            display.timerExec(PERIOD_MILLIS, this);
        }
    }

    public void reset() {
        maxLateNanos.set(0);
        stalls.clear();
    }

    /** @return the stalls over {@value #NOTED_MILLIS} ms since the last reset */
    public List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    /** @return the longest lateness since the last reset, in milliseconds */
    public double maxStallMillis() {
        return maxLateNanos.get() / 1e6;
    }

    public void stop() {
        running = false;
    }
}
