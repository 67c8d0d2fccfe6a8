package org.causerie.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of samples in nanoseconds, reported in milliseconds. */
final class Stats {

    private final long[] sorted;

    Stats(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** @return the q-quantile (nearest rank), in ms */
    double quantileMs(double q) {
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    double medianMs() {
        if (sorted.length % 2 == 1) {
            return sorted[sorted.length / 2] / 1e6;
        }
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2e6;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    static String ratio(double causerie, double raw) {
        return String.format(Locale.ROOT, "%.3f (%+.1f %%)", causerie / raw, (causerie / raw - 1) * 100);
    }
}
