package org.housesafe.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Draws the times of one building's history in order. Work happens in office hours, China time
 * (08:30–17:30, UTC+8, a fixed offset: no time-zone database involved), which keeps the UTC
 * date equal to the local one. Every step is at least a day after the previous one, except an
 * urgent step, which follows within hours; so a history is strictly increasing in time.
 */
final class Schedule {
    static final LocalDate CAMPAIGN_START = LocalDate.of(2022, 5, 20);
    static final LocalDate CAMPAIGN_END = LocalDate.of(2022, 8, 31);
    /** Operating houses had to be surveyed by this day. */
    static final LocalDate OPERATING_SURVEYS_DUE = LocalDate.of(2022, 6, 30);

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final int FIRST_MINUTE = 8 * 60 + 30;
    private static final int LAST_MINUTE = 17 * 60 + 30;

    private final SplittableRandom rng;
    private LocalDateTime last;

    Schedule(SplittableRandom rng) {
        this.rng = rng;
    }

    /** The first step, on a day in [{@code from}, {@code to}]. */
    Instant start(LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        return at(from.plusDays(rng.nextInt(days + 1)));
    }

    /** A step {@code minDays}–{@code maxDays} days (at least 1) after the last. */
    Instant after(int minDays, int maxDays) {
        return at(last.toLocalDate().plusDays(minDays + rng.nextInt(maxDays - minDays + 1)));
    }

    /** An urgent step, 30 minutes to 5 hours after the last (same evening at the latest). */
    Instant soon() {
        last = last.plusMinutes(30 + rng.nextInt(271));
        return instant();
    }

    /** The local date of the last step. */
    LocalDate date() {
        return last.toLocalDate();
    }

    /**
     * @throws IllegalStateException if the last step fell after the campaign: the ranges the
     *                               histories use are chosen so that it cannot
     */
    void requireWithinCampaign() {
        if (last.toLocalDate().isAfter(CAMPAIGN_END)) {
            throw new IllegalStateException("demo history runs past " + CAMPAIGN_END + ": " + last);
        }
    }

    private Instant at(LocalDate day) {
        int minute = FIRST_MINUTE + rng.nextInt(LAST_MINUTE - FIRST_MINUTE);
        last = LocalDateTime.of(day, LocalTime.of(minute / 60, minute % 60));
        return instant();
    }

    private Instant instant() {
        return last.toInstant(CHINA);
    }
}
