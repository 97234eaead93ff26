package org.housesafe.stats;

import java.util.List;

/** The answer of {@code /api/stats/summary}: the whole zone and each unit of the grouping. */
public record SummaryStats(String groupBy, UnitSummary total, List<UnitSummary> units) {
}
