package org.housesafe.photo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built EXIF (TIFF, big-endian) block: IFD0 with Orientation and pointers to an Exif IFD
 * (DateTimeOriginal, OffsetTimeOriginal) and a GPS IFD. Each {@code with…} returns a copy.
 */
record Exif(String dateTimeOriginal, String offsetTimeOriginal, Double lat, Double lon, Integer orientation,
            boolean zeroDenominators) {
    private static final short ASCII = 2;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    static Exif empty() {
        return new Exif(null, null, null, null, null, false);
    }

    Exif taken(String dateTime) {
        return new Exif(dateTime, offsetTimeOriginal, lat, lon, orientation, zeroDenominators);
    }

    Exif offset(String offset) {
        return new Exif(dateTimeOriginal, offset, lat, lon, orientation, zeroDenominators);
    }

    Exif at(double latitude, double longitude) {
        return new Exif(dateTimeOriginal, offsetTimeOriginal, latitude, longitude, orientation, zeroDenominators);
    }

    Exif turned(int value) {
        return new Exif(dateTimeOriginal, offsetTimeOriginal, lat, lon, value, zeroDenominators);
    }

    /** GPS rationals written as n/0, which a careless reader turns into infinity or NaN. */
    Exif withZeroDenominators() {
        return new Exif(dateTimeOriginal, offsetTimeOriginal, lat, lon, orientation, true);
    }

    byte[] tiff() {
        Ifd exif = new Ifd();
        if (dateTimeOriginal != null) {
            exif.ascii(0x9003, dateTimeOriginal);
        }
        if (offsetTimeOriginal != null) {
            exif.ascii(0x9011, offsetTimeOriginal);
        }
        Ifd gps = new Ifd();
        if (lat != null) {
            gps.ascii(0x0001, lat < 0 ? "S" : "N");
            gps.add(0x0002, RATIONAL, 3, dms(Math.abs(lat)));
            gps.ascii(0x0003, lon < 0 ? "W" : "E");
            gps.add(0x0004, RATIONAL, 3, dms(Math.abs(lon)));
        }
        Ifd ifd0 = new Ifd();
        if (orientation != null) {
            ifd0.add(0x0112, SHORT, 1, ByteBuffer.allocate(4).putShort(orientation.shortValue()).array());
        }
        int exifAt = 8 + ifd0.size() + (exif.isEmpty() ? 0 : 12) + (gps.isEmpty() ? 0 : 12);
        int gpsAt = exifAt + (exif.isEmpty() ? 0 : exif.size());
        if (!exif.isEmpty()) {
            ifd0.add(0x8769, LONG, 1, ByteBuffer.allocate(4).putInt(exifAt).array());
        }
        if (!gps.isEmpty()) {
            ifd0.add(0x8825, LONG, 1, ByteBuffer.allocate(4).putInt(gpsAt).array());
        }
        ByteBuffer out = ByteBuffer.allocate(gpsAt + (gps.isEmpty() ? 0 : gps.size()));
        out.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        ifd0.writeAt(out, 8);
        if (!exif.isEmpty()) {
            exif.writeAt(out, exifAt);
        }
        if (!gps.isEmpty()) {
            gps.writeAt(out, gpsAt);
        }
        return out.array();
    }

    private byte[] dms(double degrees) {
        int d = (int) degrees;
        double minutes = (degrees - d) * 60;
        int m = (int) minutes;
        long s = Math.round((minutes - m) * 60 * 10_000);
        long denominator = zeroDenominators ? 0 : 1;
        return ByteBuffer.allocate(24).putInt(d).putInt((int) denominator).putInt(m).putInt((int) denominator)
                .putInt((int) s).putInt(zeroDenominators ? 0 : 10_000).array();
    }

    /** One image file directory; values over 4 bytes go to a data area right after it. */
    private static final class Ifd {
        private record Entry(int tag, short type, int count, byte[] value) {
        }

        private final List<Entry> entries = new ArrayList<>();

        void ascii(int tag, String text) {
            byte[] value = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            add(tag, ASCII, value.length, value);
        }

        void add(int tag, short type, int count, byte[] value) {
            entries.add(new Entry(tag, type, count, value));
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        int size() {
            int data = 0;
            for (Entry e : entries) {
                data += e.value.length > 4 ? (e.value.length + 1) & ~1 : 0;
            }
            return 2 + 12 * entries.size() + 4 + data;
        }

        void writeAt(ByteBuffer out, int at) {
            int data = at + 2 + 12 * entries.size() + 4;
            out.position(at).putShort((short) entries.size());
            for (Entry e : entries) {
                out.putShort((short) e.tag).putShort(e.type).putInt(e.count);
                if (e.value.length <= 4) {
                    out.put(java.util.Arrays.copyOf(e.value, 4));
                } else {
                    out.putInt(data);
                    int here = out.position();
                    out.position(data).put(e.value);
                    out.position(here);
                    data += (e.value.length + 1) & ~1;
                }
            }
            out.putInt(0);
        }
    }
}
