package org.causerie.testing.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the display thread was doing during its stalls: a daemon thread takes the
 * display thread's Java stack every {@value #PERIOD_MILLIS} ms, and for each stall the
 * {@link Heartbeat} noted, the samples taken during it are grouped by their frames
 * (the innermost ones, then the first of the project's or SWT's own code). A
 * flight recording samples each thread far less often than that, too seldom to
 * tell what one 100 ms stall was made of. On only with
 * {@code -Dcauserie.bench.stallStacks=true}: a stack costs a handshake with the
 * display thread. Used by the benchmarks of the roster and rooms views.
 */
public final class StallStacks implements AutoCloseable {

    /** Whether {@code -Dcauserie.bench.stallStacks=true} asked for stacks. */
    public static final boolean ENABLED = Boolean.getBoolean("causerie.bench.stallStacks");
    private static final int PERIOD_MILLIS = 2;
    private static final int KEEP_SECONDS = 120;

    private record Sample(long nanos, StackTraceElement[] stack) {
    }

    private final Thread display;
    private final Thread sampler;
    private final ConcurrentLinkedDeque<Sample> samples = new ConcurrentLinkedDeque<>();
    private volatile boolean running = true;

    /** Starts sampling the display thread. */
    public StallStacks(Thread display) {
        this.display = display;
        this.sampler = new Thread(this::sample, "bench-stall-stacks");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long now = System.nanoTime();
            samples.add(new Sample(now, display.getStackTrace()));
            while (!samples.isEmpty() && now - samples.peekFirst().nanos() > TimeUnit.SECONDS.toNanos(
                    KEEP_SECONDS)) {
                samples.pollFirst();
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Prints, for each stall over {@code atLeastMillis}, what the display thread's samples during it show. */
    public void print(String label, List<Heartbeat.Stall> stalls, double atLeastMillis) {
        for (Heartbeat.Stall stall : stalls) {
            if (stall.millis() < atLeastMillis) {
                continue;
            }
            long end = stall.startNanos() + (long) (stall.millis() * 1e6);
            List<Sample> during = samples.stream().filter(s -> s.nanos() >= stall.startNanos() && s.nanos() <= end)
                    .toList();
            double gap = 0;
            for (int i = 1; i < during.size(); i++) {
                gap = Math.max(gap, (during.get(i).nanos() - during.get(i - 1).nanos()) / 1e6);
            }
            // a long gap: the sampler could not run (a collection's safepoint, or no free core)
            System.out.printf("STALL %s: %.1f ms (display thread CPU %.1f ms), %d samples, longest gap between "
                    + "samples %.1f ms; monotonic clock %.6f,%.6f s%n", label, stall.millis(), stall.cpuMillis(),
                    during.size(), gap, stall.startNanos() / 1e9, end / 1e9);
            print("  ours", during.stream().map(s -> ours(s.stack())).toList());
            print("  top ", during.stream().map(s -> top(s.stack(), 4)).toList());
        }
    }

    /**
     * Prints what the display thread was busy with between two moments: the samples
     * not waiting for events (in {@code Display.sleep}), grouped like a stall's.
     *
     * @param viewPackage the package prefix of the view under test, counted apart
     */
    public void printBusy(String label, long fromNanos, long toNanos, String viewPackage) {
        List<Sample> busy = samples.stream().filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos
                && !idle(s.stack())).toList();
        long roster = busy.stream().filter(s -> anyFrame(s.stack(), viewPackage)).count();
        long cold = busy.stream().filter(s -> anyFrame(s.stack(), "java.lang.ClassLoader")
                || anyFrame(s.stack(), "java.lang.invoke.") || anyFrame(s.stack(), "org.eclipse.osgi.internal.loader"))
                .count();
        System.out.printf("BUSY %s: %d samples of the display thread not waiting for events; in the view's code "
                + "(%s) %d; loading classes or linking lambdas %d%n", label, busy.size(), viewPackage, roster, cold);
        print("  ours", busy.stream().map(s -> ours(s.stack())).toList());
        print("  top ", busy.stream().map(s -> top(s.stack(), 6)).toList());
    }

    /** @return whether a frame's class (or class and method, for a prefix with a method) starts with the prefix */
    private static boolean anyFrame(StackTraceElement[] stack, String prefix) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(prefix)
                    || (frame.getClassName() + "." + frame.getMethodName()).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean idle(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(3, stack.length); i++) {
            if (stack[i].getMethodName().equals("sleep") && stack[i].getClassName().endsWith("Display")) {
                return true;
            }
        }
        return false;
    }

    private static void print(String prefix, List<String> keys) {
        Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(k -> k, LinkedHashMap::new,
                Collectors.counting()));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        sorted.stream().limit(8).forEach(e -> System.out.printf("%s %3d %s%n", prefix, e.getValue(), e.getKey()));
    }

    /** @return the innermost frames of the project's code (and SWT custom, e4), outermost last */
    private static String ours(StackTraceElement[] stack) {
        List<String> found = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if ((type.startsWith("org.causerie") || type.startsWith("org.eclipse.e4.ui.internal.workbench.swt.Part")
                    || type.startsWith("org.eclipse.e4.core.internal.di.InjectorImpl")) && found.size() < 3) {
                found.add(frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName() + ":"
                        + frame.getLineNumber());
            }
        }
        return String.join(" < ", found);
    }

    private static String top(StackTraceElement[] stack, int depth) {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < Math.min(depth, stack.length); i++) {
            frames.add(stack[i].getClassName().replaceAll(".*\\.", "") + "." + stack[i].getMethodName() + ":"
                    + stack[i].getLineNumber());
        }
        return String.join(" < ", frames);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
