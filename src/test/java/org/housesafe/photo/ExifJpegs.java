package org.housesafe.photo;

/** Camera-like JPEGs for tests outside this package: a small picture with EXIF time and GPS. */
public final class ExifJpegs {
    private ExifJpegs() {
    }

    /**
     * A 320 × 240 JPEG taken at {@code dateTime} ("yyyy:MM:dd HH:mm:ss" in {@code offset}, e.g.
     * "+08:00") at latitude, longitude.
     */
    public static byte[] takenAt(String dateTime, String offset, double latitude, double longitude) {
        Exif exif = Exif.empty().taken(dateTime).offset(offset).at(latitude, longitude);
        return TestImages.withSegment(TestImages.jpeg(320, 240), TestImages.exif(exif));
    }
}
