package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void sameIdFromSameSenderIsSeenOnce() {
        RecentIds ids = new RecentIds();
        assertTrue(ids.firstTime("a@x/1", "m1"));
        assertFalse(ids.firstTime("a@x/1", "m1"));
        assertTrue(ids.firstTime("b@x/1", "m1"), "ids are per sender");
    }

    @Test
    void memoryIsBounded() {
        RecentIds ids = new RecentIds();
        for (int i = 0; i < 10_000; i++) {
            ids.firstTime("a", "id" + i);
        }
        assertTrue(ids.firstTime("a", "id0"), "the oldest ids are forgotten");
    }
}
