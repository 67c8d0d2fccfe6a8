package org.causerie.core.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between automatic reconnection attempts: exponential from
 * {@link #INITIAL_MS} to {@link #MAX_MS}, with ±20 % jitter so many clients
 * dropped by one server restart do not all come back at once.
 */
final class Backoff {

    static final long INITIAL_MS = 500;
    static final long MAX_MS = 60_000;

    private int attempt;

    /** @return the delay before the next attempt, in milliseconds */
    long next() {
        long base = Math.min(MAX_MS, INITIAL_MS << Math.min(attempt, 20));
        attempt++;
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Math.round(base * jitter);
    }

    void reset() {
        attempt = 0;
    }
}
