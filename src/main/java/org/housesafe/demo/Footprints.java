package org.housesafe.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.housesafe.platform.geo.GeodesicArea;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Places the footprints. Each community gets a rotated grid of square lots; a house stands in
 * a lot and stays within a disc smaller than the lot, so two houses can never overlap. Lots are
 * kept well inside the community, and villages are clusters of the lots nearest a few random
 * village centres. Houses keep clear of the Yumu campus, where the demolished sheds stand on a
 * finer grid of their own in a ring around it.
 *
 * <p>Every polygon is checked after rounding to the output grid: valid, and of the promised
 * geodesic area; a shape that fails is drawn again.
 */
final class Footprints {
    /** A footprint in lon/lat on the output grid, its geodesic area, and where it stands. */
    record Footprint(AdminArea community, Polygon polygon, double area) {
    }

    static final double HOUSE_MIN_M2 = 60;
    static final double HOUSE_MAX_M2 = 180;
    static final double SHED_MIN_M2 = 40;
    static final double SHED_MAX_M2 = 110;
    static final int SHEDS = 44;
    static final double SHEDS_TOTAL_M2 = 3000;

    private static final double HOUSE_LOT_M = 25;
    private static final double HOUSE_RADIUS_M = 12;     // < half a lot: neighbours cannot touch
    private static final double SHED_LOT_M = 20;
    private static final double SHED_RADIUS_M = 9.5;
    private static final double MARGIN_M = 30;           // from the community boundary
    private static final double CAMPUS_CLEAR_M = 700;    // no surveyed house this close to the campus
    private static final double SHED_RING_MIN_M = 150;
    private static final double SHED_RING_MAX_M = 600;

    private record Lot(int i, int j, Coordinate centre, double angle, AdminArea community) {
    }

    /**
     * A village (or a group of sheds): lots are taken by a stretched distance from its centre, so
     * that villages grow in ribbons along a road of the lot grid, as peri-urban villages do.
     */
    private record Cluster(Coordinate centre, double axis, double stretch, double pull) {
        static Cluster random(Coordinate centre, double gridAngle, SplittableRandom rng) {
            double axis = gridAngle + (rng.nextBoolean() ? 0 : Math.PI / 2);
            return new Cluster(centre, axis, 1 + rng.nextDouble() * 3, 0.7 + rng.nextDouble() * 0.6);
        }

        double distance(Coordinate p) {
            double dx = p.x - centre.x;
            double dy = p.y - centre.y;
            double along = dx * StrictMath.cos(axis) + dy * StrictMath.sin(axis);
            double across = -dx * StrictMath.sin(axis) + dy * StrictMath.cos(axis);
            double s = Math.sqrt(stretch);
            return Math.sqrt(along / s * (along / s) + across * s * (across * s)) / pull;
        }
    }

    private Footprints() {
    }

    /** The surveyed houses per street (the 2022 report): 华兴 836, 金龙坪 745, 联合 500. */
    static int housesIn(String streetCode) {
        return switch (streetCode) {
            case AdminAreas.HUAXING -> 836;
            case AdminAreas.JINLONGPING -> 745;
            case AdminAreas.LIANHE -> 500;
            default -> throw new IllegalArgumentException(streetCode);
        };
    }

    /** The houses, street by street and community by community, row by row (roughly north-west first). */
    static List<Footprint> houses(AdminAreas.Result areas, SplittableRandom rng) {
        Coordinate campus = LocalFrame.toMetres(AdminAreas.YUMU_CAMPUS);
        List<Footprint> out = new ArrayList<>();
        for (AdminArea street : areas.streets()) {
            List<AdminArea> communities = areas.communitiesOf(street);
            int[] counts = split(housesIn(street.code()), communities.size(), rng);
            for (int k = 0; k < communities.size(); k++) {
                AdminArea community = communities.get(k);
                Coordinate origin = LocalFrame.toMetres(community.seed());
                double angle = rng.nextDouble() * Math.PI / 2;
                List<Lot> candidates = grid(List.of(community), origin, HOUSE_LOT_M, angle,
                        c -> c.distance(campus) >= CAMPUS_CLEAR_M);
                List<Cluster> villages = new ArrayList<>();
                for (int v = 3 + rng.nextInt(4); v > 0; v--) {
                    villages.add(Cluster.random(candidates.get(rng.nextInt(candidates.size())).centre(), angle, rng));
                }
                for (Lot lot : pick(candidates, villages, counts[k], 50, rng)) {
                    out.add(house(lot, rng));
                }
            }
        }
        return out;
    }

    /** The 44 sheds and hazardous houses around the campus, about 3000 m² together. */
    static List<Footprint> sheds(AdminAreas.Result areas, SplittableRandom rng) {
        Coordinate campus = LocalFrame.toMetres(AdminAreas.YUMU_CAMPUS);
        List<Lot> candidates = grid(areas.communitiesOf(areas.street(AdminAreas.JINLONGPING)), campus, SHED_LOT_M,
                rng.nextDouble() * Math.PI / 2, c -> {
                    double d = c.distance(campus);
                    return d >= SHED_RING_MIN_M && d <= SHED_RING_MAX_M;
                });
        List<Cluster> clusters = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double bearing = rng.nextDouble() * 2 * Math.PI;
            double r = 250 + rng.nextDouble() * 200;
            clusters.add(Cluster.random(new Coordinate(campus.x + r * StrictMath.cos(bearing),
                    campus.y + r * StrictMath.sin(bearing)), bearing, rng));
        }
        double[] areasM2 = shedAreas(rng);
        List<Lot> lots = pick(candidates, clusters, SHEDS, 30, rng);
        List<Footprint> out = new ArrayList<>();
        for (int k = 0; k < lots.size(); k++) {
            out.add(shed(lots.get(k), areasM2[k], rng));
        }
        double total = out.stream().mapToDouble(Footprint::area).sum();
        if (Math.abs(total - SHEDS_TOTAL_M2) > 0.015 * SHEDS_TOTAL_M2) {
            throw new IllegalStateException("demo sheds total " + total + " m², not about " + SHEDS_TOTAL_M2);
        }
        return out;
    }

    /** Shed areas drawn in a range, scaled to the reported total, kept in the allowed range. */
    private static double[] shedAreas(SplittableRandom rng) {
        double[] a = new double[SHEDS];
        double sum = 0;
        for (int k = 0; k < SHEDS; k++) {
            a[k] = 45 + rng.nextDouble() * 50;
            sum += a[k];
        }
        for (int k = 0; k < SHEDS; k++) {
            a[k] = Math.max(SHED_MIN_M2 + 1, Math.min(SHED_MAX_M2 - 1, a[k] * SHEDS_TOTAL_M2 / sum));
        }
        return a;
    }

    /**
     * The lots of a rotated grid through {@code origin} whose centre lies in one of {@code within}
     * at least {@link #MARGIN_M} from its boundary and passes {@code keep}; row by row.
     */
    private static List<Lot> grid(List<AdminArea> within, Coordinate origin, double spacing, double angle,
                                  Predicate<Coordinate> keep) {
        List<Lot> out = new ArrayList<>();
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        for (AdminArea community : within) {
            Coordinate[] ring = LocalFrame.toMetres(community.boundary()).getExteriorRing().getCoordinates();
            double reach = 0;
            for (Coordinate c : ring) {
                reach = Math.max(reach, c.distance(origin));
            }
            int n = (int) (reach / spacing) + 1;
            for (int j = n; j >= -n; j--) {
                for (int i = -n; i <= n; i++) {
                    Coordinate p = new Coordinate(origin.x + (i * cos - j * sin) * spacing,
                            origin.y + (i * sin + j * cos) * spacing);
                    if (keep.test(p) && PointLocation.isInRing(p, ring) && clearance(p, ring) >= MARGIN_M) {
                        out.add(new Lot(i, j, p, angle, community));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("demo footprints: no lot fits");
        }
        return out;
    }

    private static double clearance(Coordinate p, Coordinate[] ring) {
        double min = Double.MAX_VALUE;
        for (int k = 0; k + 1 < ring.length; k++) {
            min = Math.min(min, Distance.pointToSegment(p, ring[k], ring[k + 1]));
        }
        return min;
    }

    /**
     * The {@code count} lots nearest the clusters, with
     * {@code noise} metres of randomness for ragged village edges; sorted north-west first.
     */
    private static List<Lot> pick(List<Lot> candidates, List<Cluster> clusters, int count, double noise,
                                  SplittableRandom rng) {
        if (candidates.size() < count) {
            throw new IllegalStateException("demo footprints: " + count + " lots wanted, " + candidates.size()
                    + " fit");
        }
        record Scored(Lot lot, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Lot lot : candidates) {
            double best = Double.MAX_VALUE;
            for (Cluster cluster : clusters) {
                best = Math.min(best, cluster.distance(lot.centre()));
            }
            scored.add(new Scored(lot, best + rng.nextDouble() * noise));
        }
        scored.sort(Comparator.comparingDouble(Scored::score));     // stable: ties keep grid order
        List<Lot> chosen = new ArrayList<>(scored.subList(0, count).stream().map(Scored::lot).toList());
        chosen.sort(Comparator.comparing((Lot l) -> l.community().code())
                .thenComparing(Lot::j, Comparator.reverseOrder()).thenComparing(Lot::i));
        return chosen;
    }

    private static Footprint house(Lot lot, SplittableRandom rng) {
        for (int attempt = 0; attempt < 50; attempt++) {
            double area = 68 + 104 * (rng.nextDouble() + rng.nextDouble()) / 2;
            boolean lShape = rng.nextDouble() < 0.2 && area < 150;
            double aspect = 1 + rng.nextDouble() * 0.8;
            double angle = rng.nextDouble() < 0.1 ? rng.nextDouble() * Math.PI
                    : lot.angle() + (rng.nextDouble() - 0.5) * 0.3;
            Footprint f = shaped(lot, Shapes.build(area, aspect, lShape, rng), angle, HOUSE_RADIUS_M, rng);
            if (f != null && f.area() >= HOUSE_MIN_M2 + 1 && f.area() <= HOUSE_MAX_M2 - 1) {
                return f;
            }
        }
        throw new IllegalStateException("demo footprints: no house fits lot " + lot);
    }

    private static Footprint shed(Lot lot, double area, SplittableRandom rng) {
        for (int attempt = 0; attempt < 50; attempt++) {
            double aspect = 1.2 + rng.nextDouble() * (attempt < 25 ? 1.0 : 0.3);
            double angle = lot.angle() + (rng.nextDouble() - 0.5) * 0.2;
            Footprint f = shaped(lot, Shapes.build(area, aspect, false, rng), angle, SHED_RADIUS_M, rng);
            if (f != null && f.area() >= SHED_MIN_M2 && f.area() <= SHED_MAX_M2) {
                return f;
            }
        }
        throw new IllegalStateException("demo footprints: no shed fits lot " + lot);
    }

    /** The shape turned, jittered and placed on the lot; {@code null} if it leaves the disc or is invalid. */
    private static Footprint shaped(Lot lot, Coordinate[] shape, double angle, double radius, SplittableRandom rng) {
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        double dx = (rng.nextDouble() - 0.5) * 1.6;
        double dy = (rng.nextDouble() - 0.5) * 1.6;
        Coordinate[] xy = new Coordinate[shape.length];
        for (int k = 0; k < shape.length; k++) {
            Coordinate s = shape[k];
            xy[k] = new Coordinate(lot.centre().x + dx + s.x * cos - s.y * sin,
                    lot.centre().y + dy + s.x * sin + s.y * cos);
            if (xy[k].distance(lot.centre()) > radius) {
                return null;
            }
        }
        Polygon lonLat = LocalFrame.toLonLat(LocalFrame.FACTORY.createPolygon(xy));
        return lonLat.isValid() ? new Footprint(lot.community(), lonLat, GeodesicArea.of(lonLat)) : null;
    }

    /** {@code total} split into {@code parts} random shares by the largest-remainder rule. */
    static int[] split(int total, int parts, SplittableRandom rng) {
        double[] w = new double[parts];
        double sum = 0;
        for (int k = 0; k < parts; k++) {
            w[k] = 0.5 + rng.nextDouble();
            sum += w[k];
        }
        int[] out = new int[parts];
        double[] rest = new double[parts];
        int given = 0;
        for (int k = 0; k < parts; k++) {
            double exact = total * w[k] / sum;
            out[k] = (int) exact;
            rest[k] = exact - out[k];
            given += out[k];
        }
        while (given < total) {
            int best = 0;
            for (int k = 1; k < parts; k++) {
                best = rest[k] > rest[best] ? k : best;
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }
}
