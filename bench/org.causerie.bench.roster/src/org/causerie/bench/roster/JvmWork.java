package org.causerie.bench.roster;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the whole JVM did between two moments: bytes allocated on the heap (all
 * threads) and the garbage collections that paused it. Unlike the timings, these
 * hardly depend on how loaded the machine is, so before/after comparisons of the
 * roster's allocations hold even when other builds run.
 *
 * @param allocatedBytes heap bytes allocated since the JVM started
 * @param collections pausing collections so far (young, mixed and full)
 * @param collectionMillis their accumulated time
 * @param cyclePauses the pauses of G1's concurrent cycles so far (Remark and Cleanup: G1's
 *        "G1 Concurrent GC" bean counts these pauses, not the concurrent work)
 * @param cyclePauseMillis their accumulated time
 * @param cpuNanos CPU time of the whole process (every thread, the server not included)
 * @param displayCpuNanos CPU time of the display thread (the load of the machine hardly changes it)
 */
record JvmWork(long allocatedBytes, long collections, long collectionMillis, long cyclePauses,
        long cyclePauseMillis, long cpuNanos, long displayCpuNanos) {

    static JvmWork now(Thread display) {
        long count = 0;
        long millis = 0;
        long cycles = 0;
        long cycleMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Concurrent")) {
                cycles += Math.max(0, gc.getCollectionCount());
                cycleMillis += Math.max(0, gc.getCollectionTime());
            } else {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long displayCpu = display == null ? 0 : Math.max(0, threads.getThreadCpuTime(display.threadId()));
        return new JvmWork(threads.getTotalThreadAllocatedBytes(), count, millis, cycles, cycleMillis,
                os.getProcessCpuTime(), displayCpu);
    }

    /**
     * @return e.g. "allocated 31.2 MB, 3 collections (41 ms), 1 Remark/Cleanup pauses (12 ms), CPU 1520 ms,
     *         display thread CPU 35 ms" from {@code before} to this
     */
    String since(JvmWork before) {
        return String.format("allocated %.1f MB, %d collections (%d ms), %d Remark/Cleanup pauses (%d ms), CPU %.0f "
                + "ms, display thread CPU %.1f ms", (allocatedBytes - before.allocatedBytes) / 1048576.0,
                collections - before.collections, collectionMillis - before.collectionMillis,
                cyclePauses - before.cyclePauses, cyclePauseMillis - before.cyclePauseMillis,
                (cpuNanos - before.cpuNanos) / 1e6, (displayCpuNanos - before.displayCpuNanos) / 1e6);
    }
}
