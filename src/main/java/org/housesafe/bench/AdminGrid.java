package org.housesafe.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Synthetic streets (9-digit division codes: a real county of Hengyang and a made-up number,
 * 0xx for a city street 街道, 1xx for a town 镇) and communities (12-digit: 0xx 社区, 2xx 村) for
 * a {@link CityPlan}. Their boundaries are the cells of the block grid (8×8 blocks a street, 2×2 a
 * community), so the communities tile their streets exactly; cells without a house are left out.
 * Names are made up; every unit is marked synthetic.
 */
final class AdminGrid {
    private static final String[] CITY_COUNTIES = {"430407", "430405", "430408", "430406"};   // NW NE SW SE
    private static final String[] TOWN_COUNTIES = {"430421", "430422", "430423", "430424", "430426", "430481",
        "430482", "430412"};
    private static final String STREET_A = "东南西北中新和安康宁华兴永泰长丰福民建光";
    private static final String STREET_B = "江湖山桥塘岭洲湾坪源冲铺市口岗坡渡港林田";
    private static final String COMMUNITY_A = "金银青红白翠桃李杏柳松竹梅兰荷桂枫樟";
    private static final String COMMUNITY_B = "园苑庄湾岭塘坳冲坪垅坝屋洲岗村里溪湖";

    /** A street or community; {@code town, ci, cj} name its grid cell. */
    record Unit(String code, String name, String parentCode, AdminUnit.Level level, Polygon boundary) {
    }

    private record Cell(int town, int i, int j) {
    }

    private final Map<Cell, Unit> streets = new LinkedHashMap<>();
    private final Map<Cell, Unit> communities = new LinkedHashMap<>();

    AdminGrid(CityPlan plan) {
        Map<String, Integer> numbers = new HashMap<>();
        for (CityPlan.Town town : plan.towns) {
            Map<Cell, List<TownLayout.Block>> byStreet = new HashMap<>();
            for (TownLayout.Block b : town.blocks()) {
                byStreet.computeIfAbsent(cell(town, b, CityPlan.STREET_BLOCKS), k -> new ArrayList<>()).add(b);
            }
            List<Cell> order = new ArrayList<>(byStreet.keySet());
            order.sort(Comparator.comparingInt(Cell::j).reversed().thenComparingInt(Cell::i));
            for (Cell s : order) {
                String county = county(town, s);
                int number = numbers.merge(county, 1, Integer::sum) + (town.city() ? 0 : 100);
                if (number > 999) {
                    throw new IllegalStateException("too many synthetic streets in county " + county);
                }
                String code = county + String.format(java.util.Locale.ROOT, "%03d", number);
                int k = streets.size();
                String name = pick(STREET_A, k) + pick(STREET_B, k / STREET_A.length())
                        + (town.city() ? "街道" : "镇") + (k < STREET_A.length() * STREET_B.length() ? "" : Integer.toString(k));
                streets.put(s, new Unit(code, name, null, AdminUnit.Level.STREET,
                        rectangle(town.frame(), s.i(), s.j(), CityPlan.STREET_BLOCKS)));
                addCommunities(town, code, k, byStreet.get(s));
            }
        }
    }

    private void addCommunities(CityPlan.Town town, String streetCode, int streetIndex, List<TownLayout.Block> blocks) {
        Map<Cell, Density> first = new LinkedHashMap<>();
        for (TownLayout.Block b : blocks) {
            first.putIfAbsent(cell(town, b, CityPlan.COMMUNITY_BLOCKS), b.density());
        }
        List<Cell> order = new ArrayList<>(first.keySet());
        order.sort(Comparator.comparingInt(Cell::j).reversed().thenComparingInt(Cell::i));
        int urban = 0;
        int village = 200;
        for (int k = 0; k < order.size(); k++) {
            Cell c = order.get(k);
            boolean isVillage = first.get(c) == Density.RURAL;
            int number = isVillage ? ++village : ++urban;
            String name = pick(COMMUNITY_A, streetIndex + k) + pick(COMMUNITY_B, k) + (isVillage ? "村" : "社区");
            communities.put(c, new Unit(streetCode + String.format(java.util.Locale.ROOT, "%03d", number), name,
                    streetCode, AdminUnit.Level.COMMUNITY,
                    rectangle(town.frame(), c.i(), c.j(), CityPlan.COMMUNITY_BLOCKS)));
        }
    }

    /** Every street, then every community, as the admin-unit store takes them. */
    List<AdminUnit> units() {
        List<AdminUnit> out = new ArrayList<>();
        for (Unit u : streets.values()) {
            out.add(new AdminUnit(u.code(), u.name(), u.level(), null, true, u.boundary()));
        }
        for (Unit u : communities.values()) {
            out.add(new AdminUnit(u.code(), u.name(), u.level(), u.parentCode(), true, u.boundary()));
        }
        return out;
    }

    Unit street(CityPlan.Town town, TownLayout.Block b) {
        return streets.get(cell(town, b, CityPlan.STREET_BLOCKS));
    }

    Unit community(CityPlan.Town town, TownLayout.Block b) {
        return communities.get(cell(town, b, CityPlan.COMMUNITY_BLOCKS));
    }

    List<String> streetCodes() {
        return streets.values().stream().map(Unit::code).toList();
    }

    private static Cell cell(CityPlan.Town town, TownLayout.Block b, int size) {
        return new Cell(town.index(), Math.floorDiv(b.i(), size), Math.floorDiv(b.j(), size));
    }

    private static String county(CityPlan.Town town, Cell street) {
        if (!town.city()) {
            return TOWN_COUNTIES[(town.index() - 1) % TOWN_COUNTIES.length];
        }
        boolean west = street.i() < 0;
        boolean north = street.j() >= 0;
        return CITY_COUNTIES[(north ? 0 : 2) + (west ? 0 : 1)];
    }

    private static String pick(String chars, int k) {
        return String.valueOf(chars.charAt(Math.floorMod(k, chars.length())));
    }

    /** The cell {@code (i, j)} of {@code size} blocks a side, road margins included, in lon/lat. */
    private static Polygon rectangle(Frame frame, int i, int j, int size) {
        double cell = size * TownLayout.PITCH_M;
        Coordinate sw = frame.lonLat(i * cell, j * cell);
        Coordinate ne = frame.lonLat((i + 1) * cell, (j + 1) * cell);
        return Wkb.FACTORY.createPolygon(new Coordinate[] {sw, new Coordinate(ne.x, sw.y), ne,
            new Coordinate(sw.x, ne.y), new Coordinate(sw.x, sw.y)});
    }
}
