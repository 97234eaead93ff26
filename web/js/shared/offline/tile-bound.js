// The bound on the basemap tiles kept for offline use. Pure: the service worker keeps the index
// ({url, bytes, at}) and deletes what this returns.

/** 200 MB of tiles, and never more than 20,000 of them (opaque answers have no known size). */
export const TILE_LIMITS = Object.freeze({ maxBytes: 200 * 1024 * 1024, maxTiles: 20000 });

/** What an answer whose size cannot be read (a cross-origin answer without CORS) is counted as. */
export const UNKNOWN_TILE_BYTES = 50 * 1024;

/**
 * The URLs to drop so that the tiles fit both limits: the least recently used first (the
 * smallest `at`), never one that fits. entries: [{url, bytes, at}] in any order.
 */
export function tilesToEvict(entries, { maxBytes, maxTiles } = TILE_LIMITS) {
  const oldestFirst = [...entries].sort((a, b) => a.at - b.at || (a.url < b.url ? -1 : 1));
  let bytes = oldestFirst.reduce((sum, e) => sum + sizeOf(e), 0);
  let count = oldestFirst.length;
  const out = [];
  for (const e of oldestFirst) {
    if (bytes <= maxBytes && count <= maxTiles) break;
    out.push(e.url);
    bytes -= sizeOf(e);
    count -= 1;
  }
  return out;
}

function sizeOf(entry) {
  return Number.isFinite(entry.bytes) && entry.bytes > 0 ? entry.bytes : UNKNOWN_TILE_BYTES;
}
