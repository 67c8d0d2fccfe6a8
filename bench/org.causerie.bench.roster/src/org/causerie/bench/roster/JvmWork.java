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
 * @param collections pausing collections so far (G1's concurrent cycles not counted)
 * @param collectionMillis their accumulated time
 * @param cpuNanos CPU time of the whole process (every thread, the server not included)
 */
record JvmWork(long allocatedBytes, long collections, long collectionMillis, long cpuNanos) {

    static JvmWork now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent")) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        return new JvmWork(threads.getTotalThreadAllocatedBytes(), count, millis, os.getProcessCpuTime());
    }

    /** @return e.g. "allocated 31.2 MB, 3 collections (41 ms), CPU 1520 ms" from {@code before} to this */
    String since(JvmWork before) {
        return String.format("allocated %.1f MB, %d collections (%d ms), CPU %.0f ms",
                (allocatedBytes - before.allocatedBytes) / 1048576.0, collections - before.collections,
                collectionMillis - before.collectionMillis, (cpuNanos - before.cpuNanos) / 1e6);
    }
}
