package org.causerie.bench.whiteboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Order statistics of measured times, and the machine's load. */
final class Figures {

    private Figures() {
    }

    /** @return the value at that fraction of the sorted values (nearest rank) */
    static double percentile(List<Double> values, double fraction) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String summary(List<Double> values) {
        return String.format("median %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", median(values),
                percentile(values, 0.99), max(values), values.size());
    }

    static String met(double value, double target) {
        return value < target ? "met" : "NOT met";
    }

    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown (" + e.getMessage() + ")";
        }
    }

    static double millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e6;
    }
}
