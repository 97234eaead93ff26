package org.housesafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.housesafe.config.Extent;
import org.locationtech.jts.geom.Envelope;

/**
 * The plan of a synthetic prefecture city around Hengyang: a central city holding a quarter of
 * the buildings at Hengyang's centre, and county towns of about 25,000 buildings each scattered
 * over 112.4–112.8 E, 26.7–27.1 N (widened within the service extent if they do not fit). The
 * plan is small (towns and blocks, never houses) and depends only on the seed and the count.
 */
final class CityPlan {
    static final double BLOCK_M = 200;
    static final double ROAD_M = 12;
    /** Blocks per street cell side and per community cell side: admin units tile the grid. */
    static final int STREET_BLOCKS = 8;
    static final int COMMUNITY_BLOCKS = 2;

    private static final Envelope REGION = new Envelope(112.4, 112.8, 26.7, 27.1);
    private static final double CITY_LON = 112.58;
    private static final double CITY_LAT = 26.90;
    private static final double CITY_SHARE = 0.25;
    private static final int TOWN_HOUSES = 25_000;
    private static final double TOWN_GAP_M = 600;
    private static final String[] NAMES = {"雁城", "湘江", "蒸水", "耒水", "石鼓", "岳屏", "回雁", "来雁", "船山", "衡岳",
        "祝融", "白沙", "松木", "酃湖", "东阳", "茶山", "洪市", "樟木", "栏垅", "泉溪", "车江", "云集", "杉桥", "界牌", "渣江",
        "金兰", "井头", "曲兰", "西渡", "台源", "集兵", "三塘", "岘山", "演陂", "关市", "库宗", "长安", "板市", "雨母", "花桥"};

    /**
     * A town: its centre, blocks in filling order, and the global index of its first building.
     *
     * @param reachM distance from the centre to the farthest corner of its street cells
     */
    record Town(int index, String name, Frame frame, boolean city, List<TownLayout.Block> blocks, long firstBuilding,
                int houses, double reachM) {
    }

    final long seed;
    final long buildings;
    final List<Town> towns;

    private CityPlan(long seed, long buildings, List<Town> towns) {
        this.seed = seed;
        this.buildings = buildings;
        this.towns = List.copyOf(towns);
    }

    /** @throws IllegalArgumentException below 100 buildings (too few for a city with towns) */
    static CityPlan of(long seed, long buildings) {
        if (buildings < 100 || buildings > 20_000_000) {
            throw new IllegalArgumentException("--buildings must be between 100 and 20,000,000");
        }
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, 1));
        int[] sizes = sizes(buildings, rng);
        List<Town> towns = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();     // lon, lat, reach of the towns placed so far
        long first = 0;
        for (int t = 0; t < sizes.length; t++) {
            boolean city = t == 0;
            long townSeed = Seeds.mix(seed, 2, t);
            List<TownLayout.Block> blocks = TownLayout.of(townSeed, sizes[t], city);
            double reach = reach(blocks);
            double[] at = city ? new double[] {CITY_LON, CITY_LAT, reach} : place(reach, placed, rng);
            placed.add(at);
            String name = NAMES[t % NAMES.length] + (t < NAMES.length ? "" : Integer.toString(t / NAMES.length + 1));
            towns.add(new Town(t, name, new Frame(at[0], at[1]), city, blocks, first, sizes[t], reach));
            first += sizes[t];
        }
        return new CityPlan(seed, buildings, towns);
    }

    /** The town holding building {@code index}. */
    Town townOf(long index) {
        for (Town t : towns) {
            if (index < t.firstBuilding() + t.houses()) {
                return t;
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** The central city's share, then county towns of random size about {@link #TOWN_HOUSES}. */
    private static int[] sizes(long buildings, SplittableRandom rng) {
        int city = (int) Math.round(buildings * CITY_SHARE);
        long rest = buildings - city;
        int towns = (int) Math.max(1, Math.round((double) rest / TOWN_HOUSES));
        double[] w = new double[towns];
        double sum = 0;
        for (int k = 0; k < towns; k++) {
            w[k] = 0.4 + 1.2 * rng.nextDouble();
            sum += w[k];
        }
        int[] out = new int[towns + 1];
        out[0] = city;
        long given = 0;
        for (int k = 0; k < towns; k++) {
            out[k + 1] = (int) Math.floor(rest * w[k] / sum);
            given += out[k + 1];
        }
        for (int k = 0; given < rest; k = (k + 1) % towns) {
            out[k + 1]++;
            given++;
        }
        return out;
    }

    private static double reach(List<TownLayout.Block> blocks) {
        double cell = STREET_BLOCKS * TownLayout.PITCH_M;
        double max = 0;
        for (TownLayout.Block b : blocks) {
            int si = Math.floorDiv(b.i(), STREET_BLOCKS);
            int sj = Math.floorDiv(b.j(), STREET_BLOCKS);
            for (int di = 0; di <= 1; di++) {
                for (int dj = 0; dj <= 1; dj++) {
                    max = Math.max(max, Math.hypot((si + di) * cell, (sj + dj) * cell));
                }
            }
        }
        return max;
    }

    /** A centre for a town of {@code reach} clear of every town placed, widening the region if it is full. */
    private static double[] place(double reach, List<double[]> placed, SplittableRandom rng) {
        Envelope region = new Envelope(REGION);
        Envelope limit = Extent.HENGYANG.envelope();
        Frame frame = new Frame(CITY_LON, CITY_LAT);
        while (true) {
            double dLon = frame.lonSpan(reach);
            double dLat = frame.latSpan(reach);
            for (int attempt = 0; attempt < 5_000; attempt++) {
                double lon = region.getMinX() + dLon + rng.nextDouble() * (region.getWidth() - 2 * dLon);
                double lat = region.getMinY() + dLat + rng.nextDouble() * (region.getHeight() - 2 * dLat);
                if (clear(frame, lon, lat, reach, placed)) {
                    return new double[] {Frame.round(lon), Frame.round(lat), reach};
                }
            }
            if (region.getWidth() >= limit.getWidth() - 0.2) {
                throw new IllegalStateException("the synthetic towns do not fit in the service extent");
            }
            region.expandBy(0.05);
            region = region.intersection(limit);
        }
    }

    private static boolean clear(Frame frame, double lon, double lat, double reach, List<double[]> placed) {
        for (double[] p : placed) {
            double dx = frame.x(lon) - frame.x(p[0]);
            double dy = frame.y(lat) - frame.y(p[1]);
            if (Math.hypot(dx, dy) < reach + p[2] + TOWN_GAP_M) {
                return false;
            }
        }
        return true;
    }
}
