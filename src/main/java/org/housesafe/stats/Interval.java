package org.housesafe.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.web.ApiException;

/** The periods of {@code /api/stats/progress}: ISO weeks (Monday to Sunday) or calendar months. */
enum Interval implements Coded {
    WEEK("week"),
    MONTH("month");

    private final String code;

    Interval(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    static Interval parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        return Coded.byCode(Interval.class, value).orElseThrow(() ->
                ApiException.badParameter("interval", "must be week or month"));
    }
}
