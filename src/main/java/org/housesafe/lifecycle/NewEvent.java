package org.housesafe.lifecycle;

import java.time.Instant;

/** An entry to append to a building's history; the store assigns its sequence and hash. */
public record NewEvent(EventType type, Instant occurredAt, String actor, String role, String reason,
                       String payloadJson) {
}
