package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** What a room listing tells without asking each room. */
class DiscoveryTest {

    @Test
    void ejabberdListsTheOccupantsInTheName() {
        assertEquals(OptionalInt.of(2), Discovery.countInName("room-7 (2)"));
        assertEquals(OptionalInt.of(0), Discovery.countInName("The Coven (0)"));
        assertEquals(OptionalInt.empty(), Discovery.countInName("The Coven"));
        assertEquals(OptionalInt.empty(), Discovery.countInName("(two)"));
    }
}
