package org.housesafe.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** A stored history entry of one building, with its place in the hash chain. */
public record Event(UUID buildingId, int seq, String type, Instant occurredAt, Instant recordedAt, String actor,
                    String role, String reason, String payloadJson, String prevHash, String hash) {
}
