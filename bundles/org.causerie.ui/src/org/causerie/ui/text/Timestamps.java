package org.causerie.ui.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When a message was sent, in the user's time zone and language: the time alone
 * for today's messages, the date and time for older ones.
 */
public final class Timestamps {

    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;

    /**
     * @param zone the user's time zone
     * @param locale the user's language
     */
    public Timestamps(ZoneId zone, Locale locale) {
        this(zone, locale, Clock.system(zone));
    }

    /**
     * @param zone the user's time zone
     * @param locale the user's language
     * @param clock tells what day it is (fixed in tests)
     */
    public Timestamps(ZoneId zone, Locale locale, Clock clock) {
        this.zone = zone;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    }

    /** @return the platform's zone and language */
    public static Timestamps local() {
        return new Timestamps(ZoneId.systemDefault(), Locale.getDefault());
    }

    /**
     * @param when the instant to show
     * @param today the user's date now (passed in, so that tests do not depend on the clock)
     */
    public String format(Instant when, LocalDate today) {
        ZonedDateTime local = when.atZone(zone);
        return local.toLocalDate().equals(today) ? time.format(local) : dateTime.format(local);
    }

    /** @return the user's date now */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
