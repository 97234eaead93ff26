package org.housesafe.tile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.housesafe.building.BuildingFilter;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.PostgisDialect;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Tiles of the {@code buildings} layer that follow edits: rendered by the {@link TileStore},
 * kept in a {@link TileCache}, and dropped when a write touches them — the writes of this server
 * through {@link #footprintsWritten}, those of other servers on the same PostGIS database through
 * {@link TileListener} (the database notifies every change to {@code building}). Concurrent
 * requests for one uncached tile render it once.
 */
public final class TileService {
    private final TileStore store;
    private final TileCache cache;
    private final TileListener listener;
    private final ConcurrentHashMap<TileCache.Key, CompletableFuture<TileCache.Entry>> rendering =
            new ConcurrentHashMap<>();

    private TileService(TileStore store, TileCache cache, Database db) {
        this.store = store;
        this.cache = cache;
        this.listener = db.dialect() instanceof PostgisDialect
                ? new TileListener(db, this::invalidate, this::invalidateAll) : null;
    }

    /** @param cacheBytes memory for cached tiles; 0 caches nothing */
    public static TileService of(Database db, long cacheBytes) {
        return new TileService(TileStore.of(db), new TileCache(cacheBytes), db);
    }

    /** The tile of {@code filter} (the caller's streets included) as of {@code today}: cached, or rendered now. */
    TileCache.Entry tile(Tile tile, BuildingFilter filter, LocalDate today) {
        TileCache.Key key = new TileCache.Key(tile, filter, today);
        TileCache.Entry hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<TileCache.Entry> mine = new CompletableFuture<>();
        CompletableFuture<TileCache.Entry> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long stamp = cache.stamp();
            TileCache.Entry entry = TileCache.Entry.of(store.render(tile, filter, today));
            cache.put(key, entry, stamp);
            mine.complete(entry);
            return entry;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /**
     * Told after a building write commits: drops the tiles its footprints (before and after the
     * write) touch, at every zoom and filter.
     */
    public void footprintsWritten(List<Geometry> footprints) {
        invalidate(footprints.stream().map(Geometry::getEnvelopeInternal).toList());
    }

    /** Drops the tiles that touch any of {@code lonLatBoxes}, e.g. after a bulk import. */
    public void invalidate(Collection<Envelope> lonLatBoxes) {
        TileRanges tiles = TileRanges.of(lonLatBoxes);
        cache.invalidate(tiles);
        // a render already running may have read the old state: later requests must not wait for it
        rendering.entrySet().removeIf(e -> tiles.contains(e.getKey().tile()));
    }

    /** Drops every cached tile: after a bulk import, or when other servers' changes may have been missed. */
    public void invalidateAll() {
        cache.clear();
        rendering.clear();
    }

    /** Starts listening for other servers' changes (PostGIS only); with the HTTP server. */
    public void start() {
        if (listener != null) {
            listener.start();
        }
    }

    /** Stops listening; with the HTTP server. */
    public void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    TileCache cache() {
        return cache;
    }
}
