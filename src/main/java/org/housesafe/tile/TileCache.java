package org.housesafe.tile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.housesafe.building.BuildingFilter;

/**
 * Encoded tiles in memory, bounded by their size in bytes (the least recently used go first).
 * A write drops exactly the cached tiles its footprints touch, whatever their filter. A tile
 * rendered while a write committed may hold the old state: {@link #put} refuses it when an
 * invalidation since the render began touched its tile, so that an edit is never hidden by a
 * render that was already running.
 */
final class TileCache {
    /** Bytes counted for an entry beyond its tile: key, filter, map node, ETag. */
    private static final int OVERHEAD = 512;
    /** Invalidations remembered to judge renders still running; an older render is not kept. */
    private static final int REMEMBERED = 1024;

    /** A cached tile: the filter holds the caller's streets; the day decides {@code overdue}. */
    record Key(Tile tile, BuildingFilter filter, LocalDate today) {
    }

    /**
     * An encoded tile, the same gzip-compressed (empty for an empty tile), and the strong ETags of
     * the two representations: a hash of the bytes, the same on every app server, and that hash
     * with {@code -gzip}, so that a cache never answers one encoding's validator with the other.
     */
    record Entry(byte[] bytes, String etag, byte[] gzip, String gzipEtag) {
        static Entry of(byte[] bytes) {
            try {
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
                return new Entry(bytes, "\"" + hash + "\"", gzip(bytes), "\"" + hash + "-gzip\"");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
            }
        }

        /** Java's gzip writes no time or name: the same bytes on every server. */
        private static byte[] gzip(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 32);
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(bytes);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return out.toByteArray();
        }
    }

    /** One invalidation: the tiles it touched, or every tile ({@code null}). */
    private record Invalidation(long stamp, TileRanges tiles) {
    }

    private final long capacity;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final ArrayDeque<Invalidation> recent = new ArrayDeque<>();
    private long used;
    private long stamp;

    /** @param capacity bytes at most; 0 keeps nothing */
    TileCache(long capacity) {
        this.capacity = capacity;
    }

    synchronized Entry get(Key key) {
        return entries.get(key);
    }

    /** How many invalidations so far: take it before a render and give it to {@link #put}. */
    synchronized long stamp() {
        return stamp;
    }

    /** Keeps {@code entry} unless an invalidation since {@code renderStamp} touched its tile, or it is too big. */
    synchronized void put(Key key, Entry entry, long renderStamp) {
        long weight = weight(key, entry);
        if (weight > capacity / 4 || touchedSince(key.tile(), renderStamp)) {
            return;
        }
        Entry old = entries.put(key, entry);
        used += weight - (old == null ? 0 : weight(key, old));
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (used > capacity && eldest.hasNext()) {
            Map.Entry<Key, Entry> e = eldest.next();
            used -= weight(e.getKey(), e.getValue());
            eldest.remove();
        }
    }

    /** Drops every cached tile in {@code tiles}, at every filter. */
    synchronized void invalidate(TileRanges tiles) {
        remember(tiles);
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Entry> e = it.next();
            if (tiles.contains(e.getKey().tile())) {
                used -= weight(e.getKey(), e.getValue());
                it.remove();
            }
        }
    }

    /** Drops everything: when changes may have been missed (a lost notification connection). */
    synchronized void clear() {
        remember(null);
        entries.clear();
        used = 0;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return used;
    }

    private void remember(TileRanges tiles) {
        recent.addLast(new Invalidation(++stamp, tiles));
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
    }

    private boolean touchedSince(Tile tile, long renderStamp) {
        if (renderStamp == stamp) {
            return false;
        }
        if (recent.isEmpty() || recent.peekFirst().stamp() > renderStamp + 1) {
            return true;
        }
        for (Invalidation i : recent) {
            if (i.stamp() > renderStamp && (i.tiles() == null || i.tiles().contains(tile))) {
                return true;
            }
        }
        return false;
    }

    private static long weight(Key key, Entry entry) {
        var within = key.filter().within();
        return entry.bytes().length + entry.gzip().length + OVERHEAD + (within == null ? 0 : 16L * within.getNumPoints());
    }
}
