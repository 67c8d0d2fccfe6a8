package org.causerie.roster.ui.internal.presence;

import java.util.concurrent.TimeUnit;

/**
 * Auto-away preferences.
 *
 * @param enabled whether idle time changes the presence at all
 * @param awayMinutes idle minutes before "away", 1..1440
 * @param xaMinutes idle minutes before "extended away", more than {@code awayMinutes}, up to 1440
 */
public record AutoAwaySettings(boolean enabled, int awayMinutes, int xaMinutes) {

    /** Away after 5 minutes, xa after 20, on. */
    public static final AutoAwaySettings DEFAULT = new AutoAwaySettings(true, 5, 20);

    public AutoAwaySettings {
        if (awayMinutes < 1 || awayMinutes > 1440) {
            throw new IllegalArgumentException("away minutes must be within 1..1440: " + awayMinutes);
        }
        if (xaMinutes <= awayMinutes || xaMinutes > 1440) {
            throw new IllegalArgumentException("xa minutes must be above away minutes and at most 1440: "
                    + xaMinutes);
        }
    }

    long awayMillis() {
        return TimeUnit.MINUTES.toMillis(awayMinutes);
    }

    long xaMillis() {
        return TimeUnit.MINUTES.toMillis(xaMinutes);
    }
}
