package org.housesafe.photo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.platform.geo.GeodesicDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * Whether a photo's EXIF facts fit the event it is evidence of. Never a reason to refuse the
 * event: the flags are for the street office to review (the ledger counts them).
 * <ul>
 *   <li>{@value #FAR} — its position is more than {@code maxDistanceMeters} from the building's
 *       footprint (as it stands after the event), geodesic metres, 0 inside;</li>
 *   <li>{@value #BEFORE_ORDER} — it was taken before the order the event documents. The order is
 *       the building's latest earlier lifecycle step (not its creation, import or an edit): the step
 *       that called for this one, e.g. the rectification order before a rectification done, the
 *       demolition order before a demolition. A building's first step (a survey with only its
 *       creation before it) documents no order and gets no such flag; neither does a photo without
 *       an EXIF time;</li>
 *   <li>{@value #NO_POSITION} — it has no EXIF position at all.</li>
 * </ul>
 */
public record EvidenceCheck(double maxDistanceMeters) {
    public static final String FAR = "far-from-footprint";
    public static final String BEFORE_ORDER = "taken-before-order";
    public static final String NO_POSITION = "no-position";

    /** What the check found: the flags (in the order above; empty when none) and the distance. */
    public record Result(List<String> flags, Double distanceMeters) {
    }

    /**
     * @param orderAt when the order the event documents was given; {@code null} when it documents none
     */
    public Result check(Double lon, Double lat, Instant takenAt, Geometry footprint, Instant orderAt) {
        List<String> flags = new ArrayList<>();
        Double distance = null;
        if (lon != null && lat != null) {
            distance = GeodesicDistance.toFootprint(lon, lat, footprint);
            if (distance > maxDistanceMeters) {
                flags.add(FAR);
            }
        }
        if (takenAt != null && orderAt != null && takenAt.isBefore(orderAt)) {
            flags.add(BEFORE_ORDER);
        }
        if (distance == null) {
            flags.add(NO_POSITION);
        }
        return new Result(List.copyOf(flags), distance);
    }
}
