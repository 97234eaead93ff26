package org.housesafe.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * What a photo's EXIF block says that is worth keeping as data: when it was taken, where, and
 * how the camera was turned. Anything missing, unreadable or implausible is {@code null} (or
 * orientation 1): metadata is the client's word and never a reason to refuse a photo.
 *
 * @param takenAt     DateTimeOriginal; its offset tag if present, else read in the service's zone
 * @param lon         GPS longitude, WGS84 degrees, finite and within ±180 (with lat, or neither)
 * @param lat         GPS latitude, WGS84 degrees, finite and within ±90
 * @param orientation the EXIF Orientation, 1–8 (1 = upright)
 */
record ExifFields(Instant takenAt, Double lon, Double lat, int orientation) {
    static final ExifFields NONE = new ExifFields(null, null, null, 1);
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    /**
     * Reads the fields from a JPEG or PNG; times before 1990 or after {@code latest} are dropped,
     * as is a position of exactly 0,0 (a camera without a fix).
     */
    static ExifFields read(byte[] image, ZoneId zone, Instant latest) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (Exception | StackOverflowError e) {
            return NONE;
        }
        return new Fields(metadata, zone, latest).build();
    }

    /** Each field read on its own, so that one corrupt tag does not lose the others. */
    private record Fields(Metadata metadata, ZoneId zone, Instant latest) {
        ExifFields build() {
            GeoLocation where = position();
            return new ExifFields(takenAt(), where == null ? null : where.getLongitude(),
                    where == null ? null : where.getLatitude(), orientation());
        }

        private Instant takenAt() {
            try {
                ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
                Date date = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone(zone));
                if (date == null) {
                    return null;
                }
                Instant t = date.toInstant();
                return t.isBefore(EARLIEST) || t.isAfter(latest) ? null : t;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private GeoLocation position() {
            try {
                GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
                GeoLocation g = gps == null ? null : gps.getGeoLocation();
                if (g == null || g.isZero()) {
                    return null;
                }
                double lat = g.getLatitude();
                double lon = g.getLongitude();
                boolean valid = Double.isFinite(lat) && Double.isFinite(lon)
                        && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
                return valid ? g : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private int orientation() {
            try {
                ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                Integer o = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                return o != null && o >= 1 && o <= 8 ? o : 1;
            } catch (RuntimeException e) {
                return 1;
            }
        }
    }
}
