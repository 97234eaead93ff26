package org.housesafe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Differences between what the data set says and what the write path produced, reported by field. */
final class Mismatches {
    /** One difference: a building, the field, the expected and the actual value. */
    record Mismatch(String houseCode, String field, Object expected, Object got) {
        String line() {
            return houseCode + " " + field + ": expected " + expected + ", got " + got;
        }
    }

    private final List<Mismatch> all = new ArrayList<>();

    /** Records a difference when {@code expected} and {@code got} are not equal. */
    void check(String houseCode, String field, Object expected, Object got) {
        if (!Objects.equals(expected, got)) {
            all.add(new Mismatch(houseCode, field, expected, got));
        }
    }

    void add(String houseCode, String field, Object expected, Object got) {
        all.add(new Mismatch(houseCode, field, expected, got));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The number of differences per field, then the first {@code first} of each field. */
    String report(int first) {
        Map<String, List<Mismatch>> byField = new TreeMap<>();
        all.forEach(m -> byField.computeIfAbsent(m.field(), f -> new ArrayList<>()).add(m));
        StringBuilder out = new StringBuilder(all.size() + " mismatches\n");
        byField.forEach((field, list) -> {
            out.append(field).append(": ").append(list.size()).append('\n');
            list.stream().limit(first).forEach(m -> out.append("    ").append(m.line()).append('\n'));
        });
        return out.toString();
    }
}
