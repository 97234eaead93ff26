package org.housesafe.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.housesafe.building.BuildingFilter;

/**
 * The answer of {@code GET /api/stats/progress}: per week or month (in the service's zone), the
 * buildings that first reached each milestone then, from the first period with any to the last;
 * periods in between with none are listed with zeros.
 */
public record Progress(String interval, LocalDate from, LocalDate to, List<Period> periods, Tally total) {

    /** One week (Monday–Sunday) or month; {@code end} is its last day. */
    public static final class Period {
        private final LocalDate start;
        private final LocalDate end;
        private final Tally tally;

        Period(LocalDate start, LocalDate end, Tally tally) {
            this.start = start;
            this.end = end;
            this.tally = tally;
        }

        public LocalDate getStart() {
            return start;
        }

        public LocalDate getEnd() {
            return end;
        }

        @JsonUnwrapped
        public Tally getTally() {
            return tally;
        }
    }

    static final class Builder {
        private final Interval interval;
        private final BuildingFilter.DateRange range;
        private final ZoneId zone;
        private final TreeMap<LocalDate, Tally> periods = new TreeMap<>();
        private final Tally total = new Tally();

        /** @param range the days counted ({@code null}: all) */
        Builder(Interval interval, BuildingFilter.DateRange range, ZoneId zone) {
            this.interval = interval;
            this.range = range;
            this.zone = zone;
        }

        void add(Timeline t) {
            for (Map.Entry<Milestone, Instant> first : t.firsts().entrySet()) {
                if (t.reached(first.getKey(), range)) {
                    LocalDate day = first.getValue().atZone(zone).toLocalDate();
                    periods.computeIfAbsent(interval.start(day), k -> new Tally()).add(t, first.getKey());
                    total.add(t, first.getKey());
                }
            }
        }

        Progress build() {
            List<Period> out = new ArrayList<>();
            if (!periods.isEmpty()) {
                for (LocalDate start = periods.firstKey(); !start.isAfter(periods.lastKey());
                     start = interval.next(start)) {
                    LocalDate next = interval.next(start);
                    out.add(new Period(start, next.minusDays(1), periods.getOrDefault(start, new Tally())));
                }
            }
            return new Progress(interval.code(), range == null ? null : range.from(), range == null ? null : range.to(),
                    out, total);
        }
    }
}
