package org.housesafe.photo;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored photo without its bytes.
 *
 * @param eventSeq the building event it is evidence for; {@code null} until an event claims it
 */
public record Photo(UUID id, UUID buildingId, Integer eventSeq, UUID uploadedBy, Instant uploadedAt, int width,
                    int height, Instant takenAt, Double lon, Double lat, String originalName) {

    public String url() {
        return "/api/photos/" + id;
    }

    public String thumbnailUrl() {
        return url() + "/thumbnail";
    }
}
