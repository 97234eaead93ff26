package org.housesafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The read cases besides tiles: a 1,000-feature page of a bounding box, one building by id, the
 * full GeoJSON export (features/s, MB/s, heap growth of the service JVM when it runs in this
 * one), and statistics by street × status, of everything and inside the drawn polygon around
 * the central city.
 */
final class ReadCases {
    static final int PAGE = 1_000;

    private ReadCases() {
    }

    static List<CaseResult> run(CaseRunner runner, ServiceCalls http, RawQueries raw, Workload work,
                                boolean inProcess) {
        List<CaseResult> out = new ArrayList<>();
        List<Envelope> boxes = work.boxes;
        out.add(runner.run("page", "items page of 1,000 features (bbox)", "pages/s",
                CaseRunner.Side.of(1, (c, n) -> page(http, box(boxes, n + 7)), (c, n) -> page(http, box(boxes, 2 * n))),
                CaseRunner.Side.of(1, (c, n) -> raw.page(box(boxes, n + 7), PAGE),
                        (c, n) -> raw.page(box(boxes, 2 * n + 1), PAGE)),
                (s, r) -> String.format(Locale.ROOT, "%d features a page, %s", s.medianItems(),
                        Report.size(s.medianBytes()))));
        out.add(runner.run("by-id", "a building by id", "requests/s",
                CaseRunner.Side.of(1, (c, n) -> http.get("/api/buildings/" + work.buildingId(-n - 1), false),
                        (c, n) -> http.get("/api/buildings/" + work.buildingId(n), false)),
                CaseRunner.Side.of(1, (c, n) -> raw.byId(work.buildingId(-n - 1)),
                        (c, n) -> raw.byId(work.buildingId(n + (1L << 40)))),
                (s, r) -> Report.size(s.medianBytes()) + " a building"));
        out.add(export(runner, http, raw, boxes, inProcess));
        String byStreet = "/api/stats?groupBy=street,status";
        out.add(runner.run("stats", "statistics by street × status", "requests/s",
                CaseRunner.Side.of(1, (c, n) -> http.get(byStreet, false), (c, n) -> http.get(byStreet, false)),
                CaseRunner.Side.of(1, (c, n) -> raw.stats(null), (c, n) -> raw.stats(null)),
                (s, r) -> r == null ? "" : r.medianItems() + " groups"));
        String within = byStreet + "&within=" + ServiceCalls.encode(geoJson(work.cityPolygon));
        out.add(runner.run("stats-within", "statistics inside a drawn polygon", "requests/s",
                CaseRunner.Side.of(1, (c, n) -> http.get(within, false), (c, n) -> http.get(within, false)),
                CaseRunner.Side.of(1, (c, n) -> raw.stats(work.cityPolygon), (c, n) -> raw.stats(work.cityPolygon)),
                (s, r) -> String.format(Locale.ROOT, "polygon of 12 vertices holding %,d buildings", work.cityHouses)));
        return out;
    }

    /** The heap sampler runs from after the warm-up to the end of the service side. */
    private static CaseResult export(CaseRunner runner, ServiceCalls http, RawQueries raw, List<Envelope> boxes,
                                     boolean inProcess) {
        String all = "/api/export/buildings.geojson";
        Measure.warmUp(1, runner.warmup(),
                (c, n) -> http.get(all + "?bbox=" + bbox(boxes.get((int) (n % boxes.size()))), true));
        HeapSampler heap = inProcess ? new HeapSampler() : null;
        CaseResult result = runner.run("export", "full GeoJSON export", "features/s",
                CaseRunner.Side.of(1, null, (c, n) -> http.get(all, true)), f -> {
                    if (heap != null) {
                        heap.close();
                    }
                }, CaseRunner.Side.of(1, (c, n) -> raw.page(boxes.get((int) (n % boxes.size())), PAGE),
                        (c, n) -> raw.export()),
                (s, r) -> String.format(Locale.ROOT, "%,d features, %s, %.1f MB/s; %s", s.medianItems(),
                        Report.size(s.medianBytes()), s.bytesPerSecond() / 1e6, heap == null
                                ? "heap growth n/a (service in another JVM)"
                                : "heap growth " + Report.size(heap.growth())
                                + (heap.afterGc() ? " (after GC)" : " (sampled, garbage included)")));
        return heap == null ? result : result.with("heapBytes", heap.growth());
    }

    /** Box {@code n}, going round: the service takes the even ones, the raw side the odd ones. */
    static Envelope box(List<Envelope> boxes, long n) {
        return boxes.get((int) (n % boxes.size()));
    }

    /** Requests the service answered or failed: the raw side does as many. */
    static long done(Figures f) {
        return Math.max(1, f.count() + f.errors());
    }

    private static Measure.Outcome page(ServiceCalls http, Envelope box) throws Exception {
        return http.get("/api/buildings?limit=" + PAGE + "&bbox=" + bbox(box), true);
    }

    static String bbox(Envelope e) {
        return String.format(Locale.ROOT, "%.7f,%.7f,%.7f,%.7f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static String geoJson(Geometry g) {
        try (var buffer = new java.io.StringWriter();
             var json = new com.fasterxml.jackson.core.JsonFactory().createGenerator(buffer)) {
            GeoJsonGeometryWriter.write(json, g);
            json.flush();
            return buffer.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
