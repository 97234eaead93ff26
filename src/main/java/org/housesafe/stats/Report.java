package org.housesafe.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.BuildingFilter;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Judgement;

/**
 * The answer of {@code GET /api/stats/report}: the key figures of an area and a period, as a
 * campaign report states them. Counts are buildings; each step counts a building once, at the
 * first event that reached it, when that fell inside the period.
 *
 * @param surveyed        first surveyed in the period
 * @param hazards         of those, by their judgement at the end of the period
 * @param operating       the operating and mixed-use buildings surveyed by the end of the period,
 *                        and how many of them had a document recheck and an on-site check by then
 * @param appraisals      first appraisals in the period, by grade
 * @param rectifications  ordered and done in the period, and {@code overdue}: cases with a current
 *                        deadline (control measures, appraisal, rectification or demolition) passed
 *                        at its end — 逾期 as the {@code overdue} filter means it ({@code Projection.State#overdueOn})
 * @param demolitions     pulled down in the period, with the floor area recorded, how many were
 *                        vacant, and the named batches
 * @param closedOut       cases closed (销号) in the period
 */
public record Report(LocalDate from, LocalDate to, long surveyed, Map<String, Long> hazards, Operating operating,
                     Map<String, Long> appraisals, Rectifications rectifications, Demolitions demolitions,
                     long closedOut) {

    static final Set<String> OPERATING_USES = Set.of("operating", "mixed");

    /** Shares are 0–1, {@code null} when there is no operating building. */
    public record Operating(long buildings, long documentRechecked, long onsiteRechecked, Double documentShare,
                            Double onsiteShare) {
    }

    public record Rectifications(long ordered, long done, long overdue) {
    }

    /**
     * Buildings pulled down in the period, counted from their data, never from a batch's name.
     *
     * @param vacant          of them, vacant (空置)
     * @param hazardous       of them, found a hazard before: judged serious or some, or graded C or D
     * @param vacantHazardous of them, both: the report's 空置危房
     * @param byUse           of them, by use code ({@code operating}, {@code mixed}, {@code other}, each
     *                        present; {@code unspecified} when some have none)
     */
    public record Demolitions(long buildings, double area, long vacant, long hazardous, long vacantHazardous,
                              Map<String, Long> byUse, List<Batch> batches) {
    }

    /** A named demolition batch ({@code name} {@code null}: demolitions in no batch). */
    public record Batch(String name, long buildings, double area) {
    }

    /**
     * Whether a hazard was found: judged a hazard, or 危房 (C or D). A demolition and a close-out keep
     * the judgement and grade found before them; {@link GroupBy#HAZARDOUS} says the same in SQL.
     */
    static boolean foundHazard(org.housesafe.lifecycle.Projection.State s) {
        return s.judgement() != null && s.judgement().isHazard() || s.grade() != null && s.grade().isDangerous();
    }

    static final class Builder {
        private final BuildingFilter.DateRange period;
        private final LocalDate overdueOn;
        private final Tally tally = new Tally();
        private final Map<String, Long> hazards = new LinkedHashMap<>();
        private final long[] operating = new long[3];
        private long overdue;
        private final long[] demolished = new long[3];    // vacant, hazardous, both
        private final Map<String, Long> demolishedByUse = new LinkedHashMap<>();
        private final Map<String, double[]> batches = new LinkedHashMap<>();

        /**
         * @param period    the days reported on ({@code null}: all)
         * @param overdueOn the day deadlines are judged on: the period's last day, or today
         */
        Builder(BuildingFilter.DateRange period, LocalDate overdueOn) {
            this.period = period;
            this.overdueOn = overdueOn;
            Coded.codes(Judgement.class).forEach(j -> hazards.put(j, 0L));
            AttributeSchema.USES.forEach(u -> demolishedByUse.put(u, 0L));
        }

        void add(Timeline t) {
            tally.add(t, period);
            if (t.reached(Milestone.SURVEYED, period) && t.state().judgement() != null) {
                hazards.merge(t.state().judgement().code(), 1L, Long::sum);
            }
            // use is optional (a building created with house code and address only has none)
            String use = t.facts().use();
            if (use != null && OPERATING_USES.contains(use) && t.firsts().containsKey(Milestone.SURVEYED)) {
                operating[0]++;
                operating[1] += t.firsts().containsKey(Milestone.RECHECKED_DOCUMENT) ? 1 : 0;
                operating[2] += t.firsts().containsKey(Milestone.RECHECKED_ONSITE) ? 1 : 0;
            }
            if (t.state().overdueOn(overdueOn)) {
                overdue++;
            }
            if (t.reached(Milestone.DEMOLISHED, period)) {
                boolean vacant = t.facts().vacant();
                boolean hazardous = foundHazard(t.state());
                demolished[0] += vacant ? 1 : 0;
                demolished[1] += hazardous ? 1 : 0;
                demolished[2] += vacant && hazardous ? 1 : 0;
                demolishedByUse.merge(t.facts().use() == null ? "unspecified" : t.facts().use(), 1L, Long::sum);
                double[] batch = batches.computeIfAbsent(t.demolitionBatch(), k -> new double[2]);
                batch[0]++;
                batch[1] += t.demolishedArea();
            }
        }

        Report build() {
            List<Batch> named = new ArrayList<>();
            batches.forEach((name, v) -> named.add(new Batch(name, (long) v[0], Area.round(v[1]))));
            named.sort(Comparator.comparingLong(Batch::buildings).reversed()
                    .thenComparing(Batch::name, Comparator.nullsLast(Comparator.naturalOrder())));
            return new Report(period == null ? null : period.from(), period == null ? null : period.to(),
                    tally.getSurveyed(), hazards,
                    new Operating(operating[0], operating[1], operating[2], share(operating[1]), share(operating[2])),
                    tally.getAppraised(),
                    new Rectifications(tally.getRectificationOrdered(), tally.getRectified(), overdue),
                    new Demolitions(tally.count(Milestone.DEMOLISHED), tally.demolishedArea(), demolished[0],
                            demolished[1], demolished[2], demolishedByUse, named),
                    tally.getClosedOut());
        }

        private Double share(long part) {
            return operating[0] == 0 ? null : Math.round(part * 1000.0 / operating[0]) / 1000.0;
        }
    }
}
