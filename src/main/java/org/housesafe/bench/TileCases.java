package org.housesafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tile cases at the detail zoom (16) and the dense zoom (14): cache cold — each request a tile
 * not asked for before in this run, densest first: the single client on ranks 0, 4, 8 …, the
 * concurrent clients on ranks 1, 5, 9 … — and cache warm: a few dense tiles asked for once
 * untimed, then again and again. The raw side renders as many tiles with {@code ST_AsMVT} at full
 * detail, on ranks 2, 6, 10 … and 3, 7, 11 …: tiles as dense, whose pages the service has not
 * just brought into the database's buffers. The database has no tile cache, so the warm rows
 * show the cold raw figures. Warm-up requests children of the dense tiles, which no timed request
 * repeats.
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
            List<Tile> warm = ranked.subList(0, Math.min(WARM_TILES, ranked.size()));
            Measure.Op warmup = (c, n) -> get(http, child(ranked.get((int) (n % ranked.size())), n));
            Measure.Op rawWarmup = (c, n) -> raw.tile(child(ranked.get((int) (n % ranked.size())), n + 2));
            String title = "tile z" + zoom + (zoom == Workload.DENSE_ZOOM ? " dense" : "");
            String key = "tile" + zoom;
            CaseResult cold1 = cold(runner, key + "-cold-1", title, 1, every(ranked, 0), every(ranked, 2),
                    warmup, rawWarmup, http, raw);
            CaseResult coldN = cold(runner, key + "-cold-" + clients, title, clients, every(ranked, 1),
                    every(ranked, 3), warmup, rawWarmup, http, raw);
            Measure.Op again = (c, n) -> get(http, warm.get((int) (n % warm.size())));
            for (Tile t : warm) {
                tryGet(http, t);
            }
            CaseResult warm1 = runner.reuseRaw(key + "-warm-1", title + ", cache warm", "tiles/s",
                    CaseRunner.Side.of(1, null, again), cold1.raw(), TileCases::note);
            CaseResult warmN = runner.reuseRaw(key + "-warm-" + clients, title + ", cache warm", "tiles/s",
                    CaseRunner.Side.of(clients, null, again), coldN.raw(), TileCases::note);
            out.addAll(List.of(cold1, coldN, warm1, warmN));
        }
        return out;
    }

    /**
     * A cold case: the service renders {@code serviceTiles} in order, then the database renders as
     * many of {@code rawTiles} — other tiles of the same ranks, so that neither side finds pages
     * the other has just read.
     */
    private static CaseResult cold(CaseRunner runner, String key, String title, int clients, List<Tile> serviceTiles,
                                   List<Tile> rawTiles, Measure.Op warmup, Measure.Op rawWarmup, ServiceCalls http,
                                   RawQueries raw) {
        AtomicLong served = new AtomicLong(1);
        return runner.run(key, title + ", cache cold", "tiles/s",
                new CaseRunner.Side(clients, warmup, (c, n) -> get(http, serviceTiles.get((int) n)),
                        serviceTiles.size()),
                f -> served.set(ReadCases.done(f)),
                CaseRunner.Side.of(clients, rawWarmup, (c, n) -> n >= served.get() || n >= rawTiles.size() ? null
                        : raw.tile(rawTiles.get((int) n))), TileCases::note);
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

    /** Every fourth tile from {@code offset}; all of them when there are too few for that. */
    private static List<Tile> every(List<Tile> tiles, int offset) {
        List<Tile> out = new ArrayList<>();
        for (int k = offset; k < tiles.size(); k += 4) {
            out.add(tiles.get(k));
        }
        return out.isEmpty() ? tiles : out;
    }

    static String note(Figures service, Figures raw) {
        String s = String.format(Locale.ROOT, "%d requests; tile median %s, max %s", service.count(),
                Report.size(service.medianBytes()), Report.size(service.maxBytes()));
        return raw == null ? s : s + String.format(Locale.ROOT, "; raw median %s", Report.size(raw.medianBytes()));
    }
}
