package org.housesafe.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.housesafe.account.Scope;
import org.housesafe.building.BuildingFilter;
import org.junit.jupiter.api.Test;

/** The tile cache: bounded by bytes, dropping exactly what a change touches, never keeping a stale render. */
class TileCacheTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);
    private static final Tile HOME = new Tile(16, 53266, 27680);
    private static final Tile FAR = new Tile(16, 53300, 27680);

    private static TileCache.Key key(Tile t) {
        return new TileCache.Key(t, BuildingFilter.ALL, DAY);
    }

    private static TileCache.Entry bytes(int n) {
        return TileCache.Entry.of(new byte[n]);
    }

    /** What a street office of the west street asks for. */
    private static BuildingFilter westOnly() {
        return new BuildingFilter(Scope.of(Set.of("430408003")), null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, null, Set.of(), null, null);
    }

    private static TileRanges around(Tile t) {
        return TileRanges.of(List.of(t.lonLat(-1024)));
    }

    @Test
    void the_least_recently_used_tiles_go_when_the_bytes_run_out() {
        TileCache cache = new TileCache(12_800);           // five tiles of 2,000 bytes, their gzip copies and overhead
        for (int x = 0; x < 5; x++) {
            cache.put(key(new Tile(16, x, 0)), bytes(2_000), cache.stamp());
        }
        cache.get(key(new Tile(16, 0, 0)));                     // used again: kept
        cache.put(key(new Tile(16, 9, 0)), bytes(2_000), cache.stamp());
        assertThat(cache.bytes()).isLessThanOrEqualTo(12_800);
        assertThat(cache.get(key(new Tile(16, 0, 0)))).isNotNull();
        assertThat(cache.get(key(new Tile(16, 1, 0)))).isNull();
        assertThat(cache.get(key(new Tile(16, 9, 0)))).isNotNull();
    }

    @Test
    void a_tile_too_big_for_the_cache_and_a_cache_of_nothing_keep_nothing() {
        TileCache cache = new TileCache(10_000);
        cache.put(key(HOME), bytes(5_000), cache.stamp());
        assertThat(cache.size()).isZero();
        TileCache none = new TileCache(0);
        none.put(key(HOME), bytes(0), none.stamp());
        assertThat(none.size()).isZero();
    }

    @Test
    void a_change_drops_the_tiles_it_touches_at_every_filter_and_no_other() {
        TileCache cache = new TileCache(1_000_000);
        var filtered = new TileCache.Key(HOME, westOnly(), DAY);
        cache.put(key(HOME), bytes(10), cache.stamp());
        cache.put(filtered, bytes(10), cache.stamp());
        cache.put(new TileCache.Key(new Tile(12, 3329, 1730), westOnly(), DAY), bytes(10), cache.stamp());
        cache.put(key(FAR), bytes(10), cache.stamp());
        cache.invalidate(around(HOME));
        assertThat(cache.get(key(HOME))).isNull();
        assertThat(cache.get(filtered)).isNull();
        assertThat(cache.get(new TileCache.Key(new Tile(12, 3329, 1730), westOnly(), DAY))).as("z12 parent").isNull();
        assertThat(cache.get(key(FAR))).isNotNull();
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(10 + bytes(10).gzip().length + 512);
    }

    @Test
    void a_render_that_began_before_a_change_to_its_tile_is_not_kept() {
        TileCache cache = new TileCache(1_000_000);
        long before = cache.stamp();
        cache.invalidate(around(HOME));
        cache.put(key(HOME), bytes(10), before);
        cache.put(key(FAR), bytes(10), before);
        assertThat(cache.get(key(HOME))).as("may show the old state").isNull();
        assertThat(cache.get(key(FAR))).as("untouched by the change").isNotNull();
        long beforeClear = cache.stamp();
        cache.clear();
        cache.put(key(FAR), bytes(10), beforeClear);
        assertThat(cache.get(key(FAR))).isNull();
    }

    @Test
    void a_render_older_than_the_invalidations_remembered_is_not_kept() {
        TileCache cache = new TileCache(1_000_000);
        long before = cache.stamp();
        for (int i = 0; i < 2_000; i++) {
            cache.invalidate(around(FAR));
        }
        cache.put(key(HOME), bytes(10), before);
        assertThat(cache.get(key(HOME))).isNull();
        cache.put(key(HOME), bytes(10), cache.stamp());
        assertThat(cache.get(key(HOME))).isNotNull();
    }

    @Test
    void the_etag_is_a_strong_hash_of_the_bytes() {
        assertThat(TileCache.Entry.of(new byte[0]).etag()).isEqualTo("\"e3b0c44298fc1c149afbf4c8996fb924\"");
        assertThat(TileCache.Entry.of(new byte[] {1}).etag()).isNotEqualTo(TileCache.Entry.of(new byte[] {2}).etag());
    }
}
