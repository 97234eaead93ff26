package org.housesafe.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;

/**
 * The OGC API – Features reads (issue 15 point 7): an items page of 1,000 features of a bounding
 * box, the first page of the city-wide listing and one past its middle (keyset paging, so it
 * should cost the same), and a CQL2 filter on an indexed queryable (the street), each against the
 * same page in raw SQL.
 */
final class OgcCases {
    static final int CASES = 4;
    private static final String ITEMS = "/ogc/collections/buildings/items?limit=" + ReadCases.PAGE;

    private OgcCases() {
    }

    static List<CaseResult> run(CaseRunner runner, ServiceCalls http, RawQueries raw, Workload work)
            throws SQLException {
        List<CaseResult> out = new ArrayList<>();
        List<Envelope> boxes = work.boxes;
        out.add(runner.run("ogc-page", "OGC items page of 1,000 features (bbox)", "pages/s",
                CaseRunner.Side.of(1, (c, n) -> http.get(ITEMS + "&bbox=" + ReadCases.bbox(ReadCases.box(boxes, n + 7)), true),
                        (c, n) -> http.get(ITEMS + "&bbox=" + ReadCases.bbox(ReadCases.box(boxes, 2 * n)), true)),
                CaseRunner.Side.of(1, (c, n) -> raw.page(ReadCases.box(boxes, n + 7), ReadCases.PAGE),
                        (c, n) -> raw.page(ReadCases.box(boxes, 2 * n + 1), ReadCases.PAGE)),
                (s, r) -> s.medianItems() + " features a page, " + Report.size(s.medianBytes())));
        CaseResult first = listing(runner, http, raw, "ogc-first", "OGC city-wide listing, first page", null);
        CaseResult deep = listing(runner, http, raw, "ogc-deep", "OGC city-wide listing, the page after its middle",
                raw.idAtMiddle());
        out.add(first);
        out.add(deep.with("firstMedianMs", first.service().medianMs()));
        String street = raw.largestStreet();
        String filter = ITEMS + "&filter=" + ServiceCalls.encode("streetCode = '" + street + "'");
        out.add(runner.run("ogc-cql2", "OGC CQL2 filter on an indexed queryable (streetCode)", "pages/s",
                CaseRunner.Side.of(1, (c, n) -> http.get(filter, true), (c, n) -> http.get(filter, true)),
                CaseRunner.Side.of(1, (c, n) -> raw.streetPage(street, ReadCases.PAGE),
                        (c, n) -> raw.streetPage(street, ReadCases.PAGE)),
                (s, r) -> s.medianItems() + " features a page of the largest street"));
        return out;
    }

    private static CaseResult listing(CaseRunner runner, ServiceCalls http, RawQueries raw, String key, String title,
                                      UUID after) {
        String path = ITEMS + (after == null ? "" : "&after=" + after);
        return runner.run(key, title, "pages/s",
                CaseRunner.Side.of(1, (c, n) -> http.get(path, true), (c, n) -> http.get(path, true)),
                CaseRunner.Side.of(1, (c, n) -> raw.pageAfter(after, ReadCases.PAGE),
                        (c, n) -> raw.pageAfter(after, ReadCases.PAGE)),
                (s, r) -> s.medianItems() + " features a page");
    }
}
