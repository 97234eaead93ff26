package org.housesafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tile cases at the detail zoom (16) and the dense zoom (14): cache cold — each request a tile
 * not asked for before in this run, densest first, the single client on even ranks and the
 * concurrent clients on odd ones — and cache warm: a few dense tiles asked for once untimed,
 * then again and again. The raw side renders the tiles the service's cold run got (again and
 * again, in the same order) with {@code ST_AsMVT} at full detail; the database has no cache, so
 * cold and warm share it. Warm-up requests the children of the dense tiles, which no timed
 * request repeats.
 */
final class TileCases {
    /** Cases run: cold and warm, 1 and N clients, at two zooms. */
    static final int CASES = 8;
    private static final int WARM_TILES = 16;

    private TileCases() {
    }

    static List<CaseResult> run(CaseRunner runner, ServiceCalls http, RawQueries raw, Workload work, int clients) {
        List<CaseResult> out = new ArrayList<>();
        for (int zoom : new int[] {Workload.DETAIL_ZOOM, Workload.DENSE_ZOOM}) {
            List<Tile> ranked = work.tiles(zoom).stream().map(Workload.RankedTile::tile).toList();
            List<Tile> single = every(ranked, 0);
            List<Tile> many = ranked.size() > 1 ? every(ranked, 1) : single;
            List<Tile> warm = ranked.subList(0, Math.min(WARM_TILES, ranked.size()));
            Measure.Op warmup = (c, n) -> get(http, child(ranked.get((int) (n % ranked.size())), n));
            String z = "z" + zoom + (zoom == Workload.DENSE_ZOOM ? " dense" : "");
            String key = "tile" + zoom;
            AtomicLong served = new AtomicLong(1);
            CaseResult cold1 = runner.run(key + "-cold-1", "tile " + z + ", cache cold", "tiles/s",
                    new CaseRunner.Side(1, warmup, (c, n) -> get(http, single.get((int) n)), single.size()),
                    f -> served.set(ReadCases.done(f)),
                    CaseRunner.Side.of(1, (c, n) -> raw.tile(child(ranked.get((int) (n % ranked.size())), n)),
                            (c, n) -> raw.tile(single.get((int) (n % served.get())))), TileCases::note);
            CaseResult coldN = runner.run(key + "-cold-" + clients, "tile " + z + ", cache cold", "tiles/s",
                    new CaseRunner.Side(clients, warmup, (c, n) -> get(http, many.get((int) n)), many.size()),
                    f -> served.set(ReadCases.done(f)),
                    CaseRunner.Side.of(clients, null, (c, n) -> raw.tile(many.get((int) (n % served.get())))),
                    TileCases::note);
            Measure.Op again = (c, n) -> get(http, warm.get((int) (n % warm.size())));
            for (Tile t : warm) {
                tryGet(http, t);
            }
            CaseResult warm1 = runner.reuseRaw(key + "-warm-1", "tile " + z + ", cache warm", "tiles/s",
                    CaseRunner.Side.of(1, null, again), cold1.raw(), TileCases::note);
            CaseResult warmN = runner.reuseRaw(key + "-warm-" + clients, "tile " + z + ", cache warm", "tiles/s",
                    CaseRunner.Side.of(clients, null, again), coldN.raw(), TileCases::note);
            out.addAll(List.of(cold1, coldN, warm1, warmN));
        }
        return out;
    }

    private static Measure.Outcome get(ServiceCalls http, Tile t) throws Exception {
        return http.get("/tiles/buildings/" + t.path() + ".mvt", false);
    }

    private static void tryGet(ServiceCalls http, Tile t) {
        try {
            get(http, t);
        } catch (Exception e) {
            // the timed requests of the same tile report the failure
        }
    }

    /** One of the four children of {@code t}, turning with {@code n}. */
    private static Tile child(Tile t, long n) {
        return new Tile(t.z() + 1, 2 * t.x() + (int) (n % 2), 2 * t.y() + (int) (n / 2 % 2));
    }

    private static List<Tile> every(List<Tile> tiles, int offset) {
        List<Tile> out = new ArrayList<>();
        for (int k = offset; k < tiles.size(); k += 2) {
            out.add(tiles.get(k));
        }
        return out;
    }

    static String note(Figures service, Figures raw) {
        String s = String.format(Locale.ROOT, "%d requests; tile median %s, max %s", service.count(),
                Report.size(service.medianBytes()), Report.size(service.maxBytes()));
        return raw == null ? s : s + String.format(Locale.ROOT, "; raw median %s", Report.size(raw.medianBytes()));
    }
}
