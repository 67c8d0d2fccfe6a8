package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysGrowExponentiallyWithinJitterAndStopAtTheCap() {
        Backoff backoff = new Backoff();
        long expected = Backoff.INITIAL_MS;
        for (int i = 0; i < 30; i++) {
            long delay = backoff.next();
            long base = Math.min(expected, Backoff.MAX_MS);
            assertTrue(delay >= base * 0.8 - 1 && delay <= base * 1.2 + 1, "attempt " + i + ": " + delay);
            expected *= 2;
        }
    }

    @Test
    void resetStartsOver() {
        Backoff backoff = new Backoff();
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }
        backoff.reset();
        assertTrue(backoff.next() <= Backoff.INITIAL_MS * 1.2 + 1);
    }
}
