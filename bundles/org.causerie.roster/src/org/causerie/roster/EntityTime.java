package org.causerie.roster;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The time at a resource (XEP-0202 §3).
 *
 * @param utc the resource's clock, in UTC
 * @param offset the resource's offset from UTC ({@code tzo})
 */
public record EntityTime(Instant utc, ZoneOffset offset) {

    public EntityTime {
        Objects.requireNonNull(utc, "utc");
        Objects.requireNonNull(offset, "offset");
    }

    /** @return the resource's local time */
    public OffsetDateTime local() {
        return utc.atOffset(offset);
    }
}
