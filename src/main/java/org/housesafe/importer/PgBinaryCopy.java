package org.housesafe.importer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Encodes rows in PostgreSQL's binary COPY format: per row the field count, then each field as
 * its length and its big-endian binary value (-1 for NULL); {@link #HEADER} and {@link #TRAILER}
 * go around a whole COPY. Values are sent as the server stores them, so it parses no text:
 * geometry as EWKB, times as microseconds and dates as days since 2000-01-01, jsonb as version 1
 * and its text. One instance encodes into one growing array, on one thread.
 */
final class PgBinaryCopy {
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0,     // flags: no OIDs
        0, 0, 0, 0};    // no header extension
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    private static final long EPOCH_2000_SECONDS = 946_684_800L;
    private static final long EPOCH_2000_DAYS = 10_957L;

    private byte[] buf = new byte[1024];
    private int size;

    /** The rows encoded so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    PgBinaryCopy row(int fields) {
        room(2);
        buf[size++] = (byte) (fields >>> 8);
        buf[size++] = (byte) fields;
        return this;
    }

    PgBinaryCopy nul() {
        return int32(-1);
    }

    PgBinaryCopy uuid(UUID id) {
        return int32(16).int64(id.getMostSignificantBits()).int64(id.getLeastSignificantBits());
    }

    PgBinaryCopy text(String s) {
        return s == null ? nul() : bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    PgBinaryCopy bytes(byte[] b) {
        int32(b.length);
        room(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    PgBinaryCopy jsonb(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int32(b.length + 1);
        room(1);
        buf[size++] = 1;
        room(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    PgBinaryCopy int4(Integer v) {
        return v == null ? nul() : int32(4).int32(v);
    }

    PgBinaryCopy float8(Double v) {
        return v == null ? nul() : int32(8).int64(Double.doubleToRawLongBits(v));
    }

    PgBinaryCopy bool(boolean v) {
        int32(1);
        room(1);
        buf[size++] = (byte) (v ? 1 : 0);
        return this;
    }

    PgBinaryCopy date(LocalDate d) {
        return d == null ? nul() : int32(4).int32((int) (d.toEpochDay() - EPOCH_2000_DAYS));
    }

    /** A timestamptz, truncated to the microsecond as the server keeps it. */
    PgBinaryCopy timestamptz(Instant t) {
        return t == null ? nul() : int32(8).int64(
                Math.multiplyExact(t.getEpochSecond() - EPOCH_2000_SECONDS, 1_000_000L) + t.getNano() / 1000);
    }

    private PgBinaryCopy int32(int v) {
        room(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    private PgBinaryCopy int64(long v) {
        return int32((int) (v >>> 32)).int32((int) v);
    }

    private void room(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
