// Basemap tiles (images from the tile hosts) kept for offline use: answered from the cache when
// there, else fetched and kept. The index in IndexedDB records each tile's size and last use;
// after new tiles arrive, the least recently used are dropped beyond the bound (tile-bound.js).

import { tileIndex, putTile, touchTile, deleteTiles } from '../shared/offline/store.js';
import { tilesToEvict } from '../shared/offline/tile-bound.js';

const CACHE = 'basemap-tiles';
let trimming = null;

async function trim() {
  const evict = tilesToEvict(await tileIndex());
  if (evict.length === 0) return;
  const cache = await caches.open(CACHE);
  await Promise.all(evict.map((u) => cache.delete(u)));
  await deleteTiles(evict);
}

function scheduleTrim() {
  if (!trimming) trimming = trim().catch((err) => console.warn('tile trim failed', err)).finally(() => { trimming = null; });
  return trimming;
}

async function keep(cache, request, response) {
  // An opaque answer (no CORS) has no readable size: tile-bound.js counts it at a typical size.
  const bytes = response.type === 'opaque' ? null : (await response.clone().blob()).size;
  await cache.put(request, response);
  await putTile({ url: request.url, bytes, at: Date.now() });
  await scheduleTrim();
}

export async function answerTile(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) {
    event.waitUntil(touchTile(request.url).catch(() => {}));
    return hit;
  }
  const response = await fetch(request);
  if (response.ok || response.type === 'opaque') event.waitUntil(keep(cache, request, response.clone()).catch(() => {}));
  return response;
}
