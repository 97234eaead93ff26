package org.housesafe.building;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Makes uploaded photos evidence of an event, inside the transaction that writes the event
 * (the photo store implements it; the building package does not depend on photos).
 */
@FunctionalInterface
public interface Evidence {
    /** @return false when any photo cannot be attached (nothing attached then) */
    boolean attach(Connection c, UUID buildingId, int eventSeq, List<UUID> photoIds) throws SQLException;
}
