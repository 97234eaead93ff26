package org.housesafe.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * One row of the table: a case, what the service did and what the database alone did.
 *
 * @param key    stable name the targets refer to, e.g. {@code tile16-cold-1}
 * @param unit   what the throughput counts, e.g. {@code tiles/s}
 * @param raw    {@code null} when there is no raw counterpart
 * @param note   sizes, counts and the like, for the notes column
 * @param extras figures a target needs besides latency and throughput ({@code heapBytes}, {@code lost})
 */
record CaseResult(String key, String title, String unit, Figures service, Figures raw, String note,
                  Map<String, Double> extras) {

    CaseResult(String key, String title, String unit, Figures service, Figures raw, String note) {
        this(key, title, unit, service, raw, note, Map.of());
    }

    CaseResult with(String extra, double value) {
        Map<String, Double> more = new HashMap<>(extras);
        more.put(extra, value);
        return new CaseResult(key, title, unit, service, raw, note, Map.copyOf(more));
    }

    /** Service median over raw median; NaN without both. */
    double ratio() {
        return raw == null || raw.count() == 0 || service.count() == 0 ? Double.NaN
                : service.medianMs() / raw.medianMs();
    }

    /** Service throughput in the case's unit: items per second for features and rows, else operations. */
    double throughput() {
        return perSecond(service);
    }

    double rawThroughput() {
        return raw == null ? Double.NaN : perSecond(raw);
    }

    private double perSecond(Figures f) {
        return unit.startsWith("features") ? f.itemsPerSecond() : f.opsPerSecond();
    }

    /** Whether both sides (or the service side, when there is no raw one) produced figures without errors. */
    boolean complete() {
        return service.measured() && (raw == null || raw.measured());
    }
}
