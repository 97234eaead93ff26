package org.housesafe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The three streets of Hengyang National High-tech Zone and their communities. Names, street
 * codes and centres are real (DOMAIN.md); boundaries are made up: the Voronoi cells of one seed
 * per community, clipped to the zone's envelope, with a street the union of its communities'
 * cells. Each street's first community sits on the street's official centre and every other
 * seed lies nearer that centre than any other street's, so each centre (and the Yumu campus,
 * near 金龙坪's centre) falls in its own street.
 *
 * <p>The cells are rounded to the output grid and their shared vertices made identical, so the
 * written communities form an exact coverage: no overlaps, no gaps, matching edges.
 */
final class AdminAreas {
    static final String HUAXING = "430408003";
    static final String JINLONGPING = "430406006";
    static final String LIANHE = "430408004";
    static final Envelope ZONE = new Envelope(112.49, 112.635, 26.85, 26.93);
    static final Coordinate YUMU_CAMPUS = new Coordinate(112.512, 26.883);

    private static final double SEED_SPACING_M = 1300;
    private static final double EDGE_MARGIN_M = 500;
    private static final double SNAP_DEGREES = 1e-6;

    /** A community as specified: real names are given, the others are made up. */
    private record CommunitySpec(String name, boolean village, boolean realName) {
    }

    private record StreetSpec(String code, String name, Coordinate centre, List<CommunitySpec> communities) {
    }

    private static final List<StreetSpec> STREETS = List.of(
            new StreetSpec(HUAXING, "华兴街道", new Coordinate(112.575, 26.900), List.of(
                    made("祝融社区"), made("长丰社区"), madeVillage("杉树塘村"), madeVillage("松林村"),
                    made("新塘社区"))),
            new StreetSpec(JINLONGPING, "金龙坪街道", new Coordinate(112.522, 26.876), List.of(
                    realVillage("长塘村"), made("金龙坪社区"), made("雨母新村"),
                    madeVillage("白石村"), made("枫林社区"))),
            new StreetSpec(LIANHE, "联合街道", new Coordinate(112.603, 26.876), List.of(
                    real("幸福路"), realVillage("杨柳村"), realVillage("北塘村"),
                    real("大栗新村"), real("洪家湾"), real("张家山"), real("岳屏新村"), real("风口"),
                    real("南三角线"))));

    /** The zone's admin units: streets in the order above, communities street by street. */
    record Result(List<AdminArea> streets, List<AdminArea> communities) {
        List<AdminArea> communitiesOf(AdminArea street) {
            return communities.stream().filter(c -> c.parentCode().equals(street.code())).toList();
        }

        AdminArea street(String code) {
            return streets.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        }
    }

    private AdminAreas() {
    }

    /**
     * Builds the units from {@code rng}.
     *
     * @throws IllegalStateException if the result breaks a promise above (a change of seed or
     *                               of the lists could do that; the fixed data does not)
     */
    static Result build(SplittableRandom rng) {
        List<AdminArea> seeds = seeds(rng);
        List<Polygon> cells = snappedCells(seeds);
        List<AdminArea> communities = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            AdminArea s = seeds.get(i);
            communities.add(new AdminArea(s.code(), s.name(), s.level(), s.parentCode(), s.nameSynthetic(),
                    s.codeSynthetic(), s.village(), s.seed(), cells.get(i)));
        }
        Geometry[] invalid = CoverageValidator.validate(cells.toArray(Geometry[]::new));
        for (int i = 0; i < invalid.length; i++) {
            require(invalid[i] == null && cells.get(i).isValid(),
                    "community " + seeds.get(i).name() + " breaks the coverage");
        }
        List<AdminArea> streets = new ArrayList<>();
        for (StreetSpec spec : STREETS) {
            Geometry[] parts = communities.stream().filter(c -> c.parentCode().equals(spec.code()))
                    .map(AdminArea::boundary).toArray(Geometry[]::new);
            Geometry union = CoverageUnion.union(parts);
            require(union instanceof Polygon p && p.getNumInteriorRing() == 0,
                    spec.name() + " is not one simple polygon");
            Polygon street = (Polygon) union;
            require(street.contains(LocalFrame.FACTORY.createPoint(spec.centre())), spec.name() + " misses its centre");
            streets.add(new AdminArea(spec.code(), spec.name(), AdminArea.STREET, null, false, false, false,
                    spec.centre(), street));
        }
        Result result = new Result(List.copyOf(streets), List.copyOf(communities));
        require(result.street(JINLONGPING).boundary().contains(LocalFrame.FACTORY.createPoint(YUMU_CAMPUS)),
                "the Yumu campus is not in 金龙坪街道");
        return result;
    }

    /** One seed per community: first on the street centre, the rest spread out in the street's region. */
    private static List<AdminArea> seeds(SplittableRandom rng) {
        Envelope zone = new Envelope(LocalFrame.toMetres(new Coordinate(ZONE.getMinX(), ZONE.getMinY())),
                LocalFrame.toMetres(new Coordinate(ZONE.getMaxX(), ZONE.getMaxY())));
        zone.expandBy(-EDGE_MARGIN_M);
        List<AdminArea> seeds = new ArrayList<>();
        List<Coordinate> taken = new ArrayList<>();
        for (StreetSpec street : STREETS) {
            int nextCommunity = 1;
            int nextVillage = 201;      // division codes number villages (村委会) from 200 up
            for (int i = 0; i < street.communities().size(); i++) {
                CommunitySpec c = street.communities().get(i);
                Coordinate at = i == 0 ? street.centre() : freeSpot(rng, street, zone, taken);
                taken.add(LocalFrame.toMetres(at));
                int number = c.village() ? nextVillage++ : nextCommunity++;
                String code = street.code() + String.format(java.util.Locale.ROOT, "%03d", number);
                seeds.add(new AdminArea(code, c.name(), AdminArea.COMMUNITY, street.code(), !c.realName(), true,
                        c.village(), at, null));
            }
        }
        return seeds;
    }

    private static Coordinate freeSpot(SplittableRandom rng, StreetSpec street, Envelope zone, List<Coordinate> taken) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            Coordinate p = new Coordinate(zone.getMinX() + rng.nextDouble() * zone.getWidth(),
                    zone.getMinY() + rng.nextDouble() * zone.getHeight());
            if (nearestStreet(p) == street && taken.stream().allMatch(t -> t.distance(p) >= SEED_SPACING_M)) {
                return LocalFrame.toLonLat(p);
            }
        }
        throw new IllegalStateException("no room for another community seed in " + street.name());
    }

    private static StreetSpec nearestStreet(Coordinate metres) {
        StreetSpec best = null;
        double bestDistance = Double.MAX_VALUE;
        for (StreetSpec s : STREETS) {
            double d = LocalFrame.toMetres(s.centre()).distance(metres);
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    /** Voronoi cells in seed order, in lon/lat on the output grid, with shared vertices identical. */
    private static List<Polygon> snappedCells(List<AdminArea> seeds) {
        List<Coordinate> sites = seeds.stream().map(s -> LocalFrame.toMetres(s.seed())).toList();
        Envelope clip = new Envelope(LocalFrame.toMetres(new Coordinate(ZONE.getMinX(), ZONE.getMinY())),
                LocalFrame.toMetres(new Coordinate(ZONE.getMaxX(), ZONE.getMaxY())));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(new ArrayList<>(sites));
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(LocalFrame.FACTORY);
        // Clipping computes a cell's crossing of the envelope once per cell: neighbours may
        // disagree in the last bits, so after rounding, vertices closer than a snap distance
        // are made one vertex.
        List<Coordinate> canonical = new ArrayList<>();
        List<Polygon> cells = new ArrayList<>();
        for (Coordinate site : sites) {
            Polygon cell = cellOf(diagram, site);
            Coordinate[] ring = cell.getExteriorRing().getCoordinates();
            List<Coordinate> out = new ArrayList<>();
            for (Coordinate c : ring) {
                Coordinate snapped = canonical(canonical, LocalFrame.toLonLat(c));
                if (out.isEmpty() || !out.get(out.size() - 1).equals2D(snapped)) {
                    out.add(snapped);
                }
            }
            cells.add(LocalFrame.FACTORY.createPolygon(out.stream().map(Coordinate::copy).toArray(Coordinate[]::new)));
        }
        return cells;
    }

    private static Polygon cellOf(Geometry diagram, Coordinate site) {
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            if (cell.contains(LocalFrame.FACTORY.createPoint(site))) {
                return (Polygon) cell;
            }
        }
        throw new IllegalStateException("no Voronoi cell holds the seed " + site);
    }

    private static Coordinate canonical(List<Coordinate> canonical, Coordinate c) {
        for (Coordinate k : canonical) {
            if (k.distance(c) < SNAP_DEGREES) {
                return k;
            }
        }
        canonical.add(c);
        return c;
    }

    private static CommunitySpec made(String name) {
        return new CommunitySpec(name, false, false);
    }

    private static CommunitySpec madeVillage(String name) {
        return new CommunitySpec(name, true, false);
    }

    private static CommunitySpec real(String name) {
        return new CommunitySpec(name, false, true);
    }

    private static CommunitySpec realVillage(String name) {
        return new CommunitySpec(name, true, true);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("demo admin areas: " + what);
        }
    }
}
