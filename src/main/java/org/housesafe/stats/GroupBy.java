package org.housesafe.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.web.ApiException;

/**
 * What {@code /api/stats} may group by: an allow-list from request code to the precomputed
 * column of the building table (never request text in SQL) and to the replayed value for
 * {@code asOf}.
 */
public enum GroupBy implements Coded {
    STREET("street", "b.street_code"),
    COMMUNITY("community", "b.community_code"),
    STATUS("status", "b.status"),
    JUDGEMENT("judgement", "b.judgement"),
    GRADE("grade", "b.grade"),
    USE("use", "b.use_type"),
    STRUCTURE("structure", "b.structure"),
    CONSTRUCTION_PERIOD("constructionPeriod", "b.construction_period"),
    /** {@code yes} once the building was pulled down (a demolition event), else {@code no}. */
    DEMOLISHED("demolished", "CASE WHEN EXISTS (SELECT 1 FROM building_event d WHERE d.building_id = b.id"
            + " AND d.type = 'demolition') THEN 'yes' ELSE 'no' END"),
    /**
     * {@code yes} when a hazard was found: judged serious or some, or graded C or D (a demolition
     * or a close-out keeps them), else {@code no}.
     */
    HAZARDOUS("hazardous", "CASE WHEN b.judgement IN ('serious', 'some') OR b.grade IN ('C', 'D')"
            + " THEN 'yes' ELSE 'no' END");

    /** Groupings at once: two give a cross table (street × judgement), more would not be read. */
    static final int MAX = 2;

    private final String code;
    private final String column;

    GroupBy(String code, String column) {
        this.code = code;
        this.column = column;
    }

    @Override
    public String code() {
        return code;
    }

    String column() {
        return column;
    }

    /** This grouping's value for a building as replayed. */
    String valueOf(Timeline t) {
        History.Facts f = t.facts();
        return switch (this) {
            case STREET -> f.street();
            case COMMUNITY -> f.community();
            case STATUS -> t.state().status().code();
            case JUDGEMENT -> t.state().judgement() == null ? null : t.state().judgement().code();
            case GRADE -> t.state().grade() == null ? null : t.state().grade().code();
            case USE -> f.use();
            case STRUCTURE -> f.structure();
            case CONSTRUCTION_PERIOD -> f.constructionPeriod();
            case DEMOLISHED -> t.firsts().containsKey(Milestone.DEMOLISHED) ? "yes" : "no";
            case HAZARDOUS -> Report.foundHazard(t.state()) ? "yes" : "no";
        };
    }

    /** {@code groupBy=a,b}: at most {@value #MAX} distinct known codes; absent means totals only. */
    static List<GroupBy> parse(String value) {
        List<GroupBy> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : value.split(",", -1)) {
            String code = part.trim();
            GroupBy g = Coded.byCode(GroupBy.class, code).orElseThrow(() -> ApiException.badParameter("groupBy",
                    "'" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "' is not one of "
                            + Arrays.stream(values()).map(GroupBy::code).toList()));
            if (out.contains(g)) {
                throw ApiException.badParameter("groupBy", "'" + code + "' is given twice");
            }
            out.add(g);
        }
        if (out.size() > MAX) {
            throw ApiException.badParameter("groupBy", "at most " + MAX + " groupings at once");
        }
        return out;
    }
}
