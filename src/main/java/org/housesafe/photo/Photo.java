package org.housesafe.photo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored photo without its bytes.
 *
 * @param eventSeq       the building event it is evidence for; {@code null} until an event claims it
 * @param flags          what {@link EvidenceCheck} found when an event claimed it (empty: nothing);
 *                       {@code null} while not checked (unclaimed, or claimed before checks existed)
 * @param distanceMeters from its EXIF position to the footprint, when checked and it has a position
 */
public record Photo(UUID id, UUID buildingId, Integer eventSeq, UUID uploadedBy, Instant uploadedAt, int width,
                    int height, Instant takenAt, Double lon, Double lat, String originalName, List<String> flags,
                    Double distanceMeters) {

    /** A photo not yet checked as evidence. */
    public Photo(UUID id, UUID buildingId, Integer eventSeq, UUID uploadedBy, Instant uploadedAt, int width,
                 int height, Instant takenAt, Double lon, Double lat, String originalName) {
        this(id, buildingId, eventSeq, uploadedBy, uploadedAt, width, height, takenAt, lon, lat, originalName, null,
                null);
    }

    public String url() {
        return "/api/photos/" + id;
    }

    public String thumbnailUrl() {
        return url() + "/thumbnail";
    }
}
