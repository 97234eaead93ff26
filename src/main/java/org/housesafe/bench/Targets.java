package org.housesafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The targets of issue #6 (point 5) for a backend, checked against a run's results: each says
 * pass or miss and by how much. PostGIS targets are set for 1,000,000 buildings and H2GIS targets
 * for 100,000; at another size they are still checked, and the report says the size differs.
 */
final class Targets {

    /** One target checked: what it asks, what was measured, and the verdict. */
    record Check(String target, String measured, String verdict) {
    }

    /** A target: at most ({@code atMost}) or at least {@code limit} of a figure of one case. */
    private record Target(String text, String key, ToDoubleFunction<CaseResult> figure, double limit, boolean atMost,
                          String unit) {
    }

    private Targets() {
    }

    static List<Check> check(boolean postgis, int clients, Map<String, CaseResult> results) {
        List<Check> out = new ArrayList<>();
        for (Target t : postgis ? postgis(clients) : h2gis()) {
            CaseResult r = results.get(t.key());
            double v = r == null || !r.service().measured() ? Double.NaN : t.figure().applyAsDouble(r);
            if (Double.isNaN(v)) {
                out.add(new Check(t.text(), "not measured", "—"));
                continue;
            }
            boolean pass = t.atMost() ? v <= t.limit() : v >= t.limit();
            String verdict = (pass ? "pass" : "**miss**") + (t.limit() == 0 ? "" : String.format(Locale.ROOT,
                    " (%s %.0f %%)", pass ? "margin" : t.atMost() ? "over by" : "short by",
                    Math.abs(v / t.limit() - 1) * 100));
            out.add(new Check(t.text(), Report.number(v) + t.unit(), verdict));
        }
        return out;
    }

    private static final ToDoubleFunction<CaseResult> MEDIAN = r -> r.service().medianMs();
    private static final Target NONE_LOST = new Target("lifecycle writes: zero lost", "writes",
            r -> r.extras().getOrDefault("lost", Double.NaN), 0, true, " lost");

    private static List<Target> postgis(int clients) {
        return List.of(
                new Target("z16 tile, cache cold: median ≤ 1.3 × raw", "tile16-cold-1", CaseResult::ratio, 1.3,
                        true, " ×"),
                new Target("z16 tile, cache warm: ≥ 2,000 tiles/s with " + clients + " clients",
                        "tile16-warm-" + clients, CaseResult::throughput, 2000, false, " tiles/s"),
                new Target("dense z14 tile: ≤ 500 KB (largest served)", "tile14-cold-1",
                        r -> r.service().maxBytes() / 1024.0, 500, true, " KB"),
                new Target("dense z14 tile: median ≤ 150 ms cold", "tile14-cold-1", MEDIAN, 150, true, " ms"),
                new Target("items page of 1,000: median ≤ 1.5 × raw", "page", CaseResult::ratio, 1.5, true, " ×"),
                new Target("OGC items page of 1,000 (bbox): median ≤ 1.5 × raw", "ogc-page", CaseResult::ratio, 1.5,
                        true, " ×"),
                new Target("OGC page past the middle of the city: median ≤ 1.2 × the first page's", "ogc-deep",
                        r -> r.service().medianMs() / r.extras().getOrDefault("firstMedianMs", Double.NaN), 1.2, true,
                        " ×"),
                new Target("OGC CQL2 filter on an indexed queryable: median ≤ 2 × raw", "ogc-cql2", CaseResult::ratio,
                        2, true, " ×"),
                new Target("full export: ≥ 300,000 features/s", "export", CaseResult::throughput, 300_000, false,
                        " features/s"),
                new Target("full export: heap growth < 256 MB", "export",
                        r -> r.extras().getOrDefault("heapBytes", Double.NaN) / (1 << 20), 256, true, " MB"),
                new Target("statistics by street × status: ≤ 200 ms", "stats", MEDIAN, 200, true, " ms"),
                new Target("statistics inside a 250,000-building polygon: ≤ 1.5 s", "stats-within",
                        MEDIAN, 1500, true, " ms"),
                new Target("bulk import: ≥ 100,000 features/s", "import", CaseResult::throughput, 100_000, false,
                        " features/s"),
                NONE_LOST);
    }

    private static List<Target> h2gis() {
        return List.of(
                new Target("items page of 1,000: ≤ 100 ms", "page", MEDIAN, 100, true, " ms"),
                new Target("z16 tile: ≤ 100 ms (cache cold)", "tile16-cold-1", MEDIAN, 100, true, " ms"),
                new Target("statistics by street × status: ≤ 500 ms", "stats", MEDIAN, 500, true, " ms"),
                new Target("statistics inside the drawn polygon: ≤ 500 ms", "stats-within", MEDIAN,
                        500, true, " ms"),
                NONE_LOST);
    }
}
