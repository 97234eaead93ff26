package org.housesafe.photo;

import java.time.Instant;

/**
 * An upload made safe to store and serve: a fresh JPEG with no metadata and its thumbnail, the
 * upright size, and the EXIF facts kept as fields.
 *
 * @param originalName the sanitised client file name, informational only; may be {@code null}
 */
public record ProcessedPhoto(byte[] jpeg, byte[] thumbnail, int width, int height, Instant takenAt, Double lon,
                             Double lat, String originalName) {
}
