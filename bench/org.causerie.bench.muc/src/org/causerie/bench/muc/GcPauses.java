package org.causerie.bench.muc;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.causerie.testing.workbench.Heartbeat;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * The collections that stop every thread (G1's young and mixed pauses, its Remark and Cleanup; not its
 * concurrent cycle), each with its time on the monotonic clock, so that a display stall can be told
 * apart from the display thread waiting for a core: how much of the longest stall was spent in them.
 */
final class GcPauses {

    /** A pause, on {@link System#nanoTime()}'s clock (to the millisecond the JVM reports it). */
    record Pause(long startNanos, long endNanos) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final List<Pause> pauses = new CopyOnWriteArrayList<>();
    private final long uptimeOrigin = ManagementFactory.getRuntimeMXBean().getUptime();
    private final long nanoOrigin = System.nanoTime();

    GcPauses() {
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            pauses.add(new Pause(nanos(info.getStartTime()), nanos(info.getEndTime())));
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent") && gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private long nanos(long uptimeMillis) {
        return nanoOrigin + (uptimeMillis - uptimeOrigin) * 1_000_000;
    }

    /** @return the longest of the stalls, how much of it collections took, and the pauses between the times */
    String describe(List<Heartbeat.Stall> stalls, long fromNanos, long toNanos) {
        List<Pause> during = pauses.stream().filter(p -> p.endNanos() >= fromNanos && p.startNanos() <= toNanos)
                .toList();
        double longestPause = during.stream().mapToDouble(Pause::millis).max().orElse(0);
        String pausesDuring = during.size() + " collection pauses during the join (longest " + String.format("%.0f",
                longestPause) + " ms, " + String.format("%.0f", during.stream().mapToDouble(Pause::millis).sum())
                + " ms in all)";
        return stalls.stream().max(Comparator.comparingDouble(Heartbeat.Stall::millis)).map(s -> {
            long end = s.startNanos() + (long) (s.millis() * 1e6);
            double inPauses = during.stream().mapToDouble(p -> Math.max(0, Math.min(end, p.endNanos())
                    - Math.max(s.startNanos(), p.startNanos())) / 1e6).sum();
            return String.format("the longest stall, %.1f ms: %.0f ms of it in collection pauses, %.1f ms of the "
                    + "display thread's CPU; %s", s.millis(), inPauses, s.cpuMillis(), pausesDuring);
        }).orElse("no stall noted; " + pausesDuring);
    }
}
