package org.housesafe.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Projection;

/** One building's history up to a cutoff, oldest first, with the columns statistics group by. */
record History(Facts facts, List<Entry> events) {

    /** The building's current attributes: replaying the lifecycle does not change them. */
    record Facts(UUID id, String street, String community, String use, String structure, String constructionPeriod,
                 boolean vacant, double footprintArea, Double floorArea) {

        double floorAreaOrZero() {
            return floorArea == null ? 0 : floorArea;
        }
    }

    /** One event; {@code type} is {@code null} for a kind this version does not know. */
    record Entry(EventType type, Instant occurredAt, String actor, String reason, JsonNode payload) {

        /** Whether this is the control measure recorded automatically with a serious survey. */
        boolean recordsSeriousFinding() {
            return type == EventType.CONTROL_MEASURE && Projection.SERIOUS_FINDING.equals(reason);
        }
    }
}
