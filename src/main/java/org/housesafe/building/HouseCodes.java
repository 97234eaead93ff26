package org.housesafe.building;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.housesafe.account.Caller;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.geo.Wkb;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The next free house code of the community a point lies in, for a building drawn in the field:
 * {@code <12-digit community code>-NNNN}, NNNN one more than the highest serial of that form in use
 * (0001 when none). Codes of any other form are ignored. A proposal, not a reservation: two
 * inspectors asking at once get the same code, and the second creation is then a 409 (house codes
 * are unique within a street) after which the client asks again.
 */
public final class HouseCodes {
    static final int MAX_SERIAL = 9999;
    private static final String CODES = "SELECT house_code FROM building WHERE house_code LIKE ?";
    private static final Pattern SERIAL = Pattern.compile("\\d{12}-(\\d{4})");

    /** The proposed code, with the community and street it was chosen for. */
    public record Next(String houseCode, String communityCode, String communityName, String streetCode,
                       String streetName) {
    }

    private final Jdbc jdbc;
    private final AdminUnitStore units;

    public HouseCodes(Database db, AdminUnitStore units) {
        this.jdbc = new Jdbc(db);
        this.units = units;
    }

    /**
     * @throws ApiException 422 {@code outside-community} when no community holds the point; 403
     *                      {@code outside-scope} when its street is not the caller's (not named);
     *                      409 when the community's serials are used up
     */
    public Next next(Caller caller, double lon, double lat) {
        Point point = Wkb.FACTORY.createPoint(new Coordinate(lon, lat));
        AdminUnitStore.Location where = units.locate(point)
                .filter(l -> l.communityCode() != null)
                .orElseThrow(() -> ApiException.invalid("outside-community", "Not in a community", "lon",
                        "the point lies in no community (社区/村) of the service"));
        if (!caller.scope().allows(where.streetCode())) {
            throw new ApiException(403, "outside-scope", "Outside your streets",
                    "The point lies in a street outside your scope", List.of(), Map.of());
        }
        String community = where.communityCode();
        int serial = highestSerial(community).orElse(0) + 1;
        if (serial > MAX_SERIAL) {
            throw ApiException.conflict("Every house code " + community + "-0001 to -" + MAX_SERIAL + " is in use");
        }
        return new Next(community + "-" + String.format("%04d", serial), community,
                units.names(AdminUnit.Level.COMMUNITY, Scope.ALL).get(community), where.streetCode(),
                units.names(AdminUnit.Level.STREET, Scope.ALL).get(where.streetCode()));
    }

    private OptionalInt highestSerial(String community) {
        return jdbc.list(CODES, rs -> rs.getString(1), community + "-%").stream()
                .map(SERIAL::matcher)
                .filter(m -> m.matches() && m.group(0).startsWith(community))
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max();
    }
}
