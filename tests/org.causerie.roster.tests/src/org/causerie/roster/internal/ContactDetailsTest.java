package org.causerie.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Reading XEP-0202 offsets as real clients send them. */
class ContactDetailsTest {

    @Test
    void offsetsInTheFormsClientsSend() {
        assertEquals(ZoneOffset.UTC, ContactDetails.offset("Z"));
        assertEquals(ZoneOffset.UTC, ContactDetails.offset("+0:00")); // Smack 4.4.8
        assertEquals(ZoneOffset.ofHoursMinutes(-5, -30), ContactDetails.offset("-05:30"));
        assertEquals(ZoneOffset.ofHours(2), ContactDetails.offset("+02:00"));
        assertThrows(DateTimeException.class, () -> ContactDetails.offset("noon"));
    }
}
