package org.housesafe.stats;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.housesafe.building.BuildingFilter;

/**
 * Buildings that reached each {@link Milestone} within a period: surveyed, rechecked (document,
 * on site), appraised (by grade), put under control, rectification ordered, started, done
 * (rectified) and accepted, demolished (count and area), closed out.
 */
@JsonPropertyOrder({"surveyed", "rechecked", "appraised", "controlled", "rectificationOrdered",
        "rectificationStarted", "rectified", "accepted", "demolished", "closedOut"})
public final class Tally {
    private final Map<Milestone, Long> counts = new EnumMap<>(Milestone.class);
    private final Map<String, Long> grades = new TreeMap<>();
    private double demolishedArea;

    /** Counts what {@code t} reached inside {@code period} ({@code null}: ever). */
    void add(Timeline t, BuildingFilter.DateRange period) {
        for (Milestone m : t.firsts().keySet()) {
            if (t.reached(m, period)) {
                add(t, m);
            }
        }
    }

    /** Counts {@code m} of {@code t}, whenever it was reached. */
    void add(Timeline t, Milestone m) {
        counts.merge(m, 1L, Long::sum);
        if (m == Milestone.APPRAISED && t.appraisedGrade() != null) {
            grades.merge(t.appraisedGrade().code(), 1L, Long::sum);
        } else if (m == Milestone.DEMOLISHED) {
            demolishedArea += t.demolishedArea();
        }
    }

    long count(Milestone m) {
        return counts.getOrDefault(m, 0L);
    }

    /** m², rounded. */
    double demolishedArea() {
        return Area.round(demolishedArea);
    }

    public long getSurveyed() {
        return count(Milestone.SURVEYED);
    }

    /** {@code {"document": n, "onsite": n}}. */
    public Map<String, Long> getRechecked() {
        return Map.of("document", count(Milestone.RECHECKED_DOCUMENT), "onsite", count(Milestone.RECHECKED_ONSITE));
    }

    /** By grade: {@code {"A": n, …}}; grades nobody got are left out. */
    public Map<String, Long> getAppraised() {
        return grades;
    }

    public long getControlled() {
        return count(Milestone.CONTROLLED);
    }

    public long getRectificationOrdered() {
        return count(Milestone.RECTIFICATION_ORDERED);
    }

    public long getRectificationStarted() {
        return count(Milestone.RECTIFICATION_STARTED);
    }

    public long getRectified() {
        return count(Milestone.RECTIFIED);
    }

    /** Rectifications accepted (验收); a demolition needs none. */
    public long getAccepted() {
        return count(Milestone.ACCEPTED);
    }

    /** {@code {"buildings": n, "area": m²}}. */
    public Map<String, Number> getDemolished() {
        return Map.of("buildings", count(Milestone.DEMOLISHED), "area", demolishedArea());
    }

    public long getClosedOut() {
        return count(Milestone.CLOSED_OUT);
    }
}
