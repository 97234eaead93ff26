package org.housesafe.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and area sums for one unit (or the whole zone). {@code buildings} counts every
 * building; {@code surveyed} those with a survey on record (the demolished sheds have none).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public final class UnitSummary {
    private final String code;
    private final String name;
    private long buildings;
    private long surveyed;
    private double footprintArea;
    private double floorArea;
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> byJudgement = new TreeMap<>();
    private final Map<String, Long> byGrade = new TreeMap<>();

    public UnitSummary(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void add(String status, String judgement, String grade, long count, long surveyedCount, double footprint,
             double floor) {
        buildings += count;
        surveyed += surveyedCount;
        footprintArea += footprint;
        floorArea += floor;
        byStatus.merge(status, count, Long::sum);
        if (judgement != null) {
            byJudgement.merge(judgement, count, Long::sum);
        }
        if (grade != null) {
            byGrade.merge(grade, count, Long::sum);
        }
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getBuildings() {
        return buildings;
    }

    public long getSurveyed() {
        return surveyed;
    }

    /** Square metres, rounded to 0.1. */
    public double getFootprintArea() {
        return Area.round(footprintArea);
    }

    public double getFloorArea() {
        return Area.round(floorArea);
    }

    public Map<String, Long> getByStatus() {
        return byStatus;
    }

    public Map<String, Long> getByJudgement() {
        return byJudgement;
    }

    public Map<String, Long> getByGrade() {
        return byGrade;
    }
}
