package org.housesafe.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/stats}: counts and area sums in total and per group, as the data
 * stand now or, with {@code asOf}, as they stood at the end of that day.
 */
public record Breakdown(List<String> groupBy, LocalDate asOf, Sums total, List<Group> groups) {

    /** Adds buildings group by group; {@link #build} orders the groups by their values. */
    static final class Builder {
        private final List<GroupBy> groupBy;
        private final Map<String, Map<String, String>> unitNames;
        private final Sums total = new Sums();
        private final Map<List<String>, Group> groups = new LinkedHashMap<>();

        /** @param unitNames street and community names by code, keyed by {@link GroupBy#code()} */
        Builder(List<GroupBy> groupBy, Map<String, Map<String, String>> unitNames) {
            this.groupBy = groupBy;
            this.unitNames = unitNames;
        }

        /** @param values one value per grouping, in order */
        void add(String[] values, long count, double footprint, double floor) {
            total.add(count, footprint, floor);
            if (groupBy.isEmpty()) {
                return;
            }
            groups.computeIfAbsent(Arrays.asList(values), this::group).sums().add(count, footprint, floor);
        }

        private Group group(List<String> values) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                String code = groupBy.get(i).code();
                key.put(code, values.get(i));
                Map<String, String> names = unitNames.get(code);
                if (names != null) {
                    key.put(code + "Name", values.get(i) == null ? null : names.get(values.get(i)));
                }
            }
            return new Group(key);
        }

        Breakdown build(LocalDate asOf) {
            List<Map.Entry<List<String>, Group>> sorted = new ArrayList<>(groups.entrySet());
            sorted.sort(Map.Entry.comparingByKey(Builder::compareKeys));
            return new Breakdown(groupBy.stream().map(GroupBy::code).toList(), asOf, total,
                    sorted.stream().map(Map.Entry::getValue).toList());
        }

        /** Value by value, a missing value ({@code null}) last. */
        private static int compareKeys(List<String> a, List<String> b) {
            Comparator<String> values = Comparator.nullsLast(Comparator.naturalOrder());
            for (int i = 0; i < a.size(); i++) {
                int c = values.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
