package org.causerie.whiteboard.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per sender: {@code rate} records a second on average, bursts of
 * {@code burst}. Not thread-safe (a board calls it under its lock).
 */
final class RateLimiter {

    private record Bucket(double tokens, long at) {
    }

    private final double rate;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new HashMap<>();

    RateLimiter(int rate, int burst, LongSupplier nanos) {
        this.rate = rate;
        this.burst = burst;
        this.nanos = nanos;
    }

    /** @return whether the sender may send that many records now (they are counted if so) */
    boolean allow(String sender, int records) {
        long now = nanos.getAsLong();
        Bucket b = buckets.getOrDefault(sender, new Bucket(burst, now));
        double tokens = Math.min(burst, b.tokens() + (now - b.at()) / 1e9 * rate);
        if (tokens < records) {
            buckets.put(sender, new Bucket(tokens, now));
            return false;
        }
        buckets.put(sender, new Bucket(tokens - records, now));
        return true;
    }
}
