// The map's layers of buildings below street zoom (vector tiles) and the changes of other users
// shown as they happen: the tile layer is on below MIN_ZOOM (where the footprints are not), and
// the change feed (live-feed.js) redraws what changed in view — tiles revalidated in place,
// footprints fetched anew. document.body.dataset.live says how the feed is doing.

import { getJson } from './request.js';
import { urls } from './urls.js';
import { buildingsQuery } from './query.js';
import { MIN_ZOOM } from './buildings.js';
import { BuildingTiles } from './tile-layer.js';
import { ChangePoller } from './live-feed.js';

/** More changed footprints in view than this: reload the view instead of fetching each. */
const MAX_SINGLE_REFRESH = 20;

function intersects(a, b) {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function viewBox(map) {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/**
 * Redraws the footprints that changed and are in view, or drawn: each fetched within its box and
 * the current filters, drawn anew, or taken off when it no longer matches. A footprint drawn at
 * the change's version or later is left alone (the feed repeats changes for a few seconds).
 */
async function refreshFootprints(map, buildings, getFilter, changes) {
  const view = viewBox(map);
  const stale = changes.filter((c) => {
    const layer = buildings.layerOf(c.id);
    const drawn = layer && layer.feature && layer.feature.properties ? Number(layer.feature.properties.version) : NaN;
    return (layer || intersects(c.bbox, view)) && !(drawn >= c.version);
  });
  if (stale.length > MAX_SINGLE_REFRESH) {
    buildings.reload();
    return;
  }
  await Promise.all(stale.map(async (c) => {
    const [west, south, east, north] = c.bbox;
    const page = await getJson(urls.buildings(buildingsQuery(getFilter(), { bbox: { west, south, east, north }, limit: 100 })));
    const feature = (page.features || []).find((f) => String(f.id) === c.id);
    if (feature) buildings.upsert(feature);
    else buildings.remove(c.id);
  }));
}

/**
 * Adds the tile layer to map and starts following changes. buildings: the BuildingLayer;
 * getFilter(): the current filters; onError(err): a failure worth showing. Returns
 * {tiles, filtersChanged()}.
 */
export function startLiveMap({ map, buildings, getFilter, onError }) {
  const tiles = new BuildingTiles({
    maxZoom: MIN_ZOOM - 1,
    getQuery: () => buildingsQuery(getFilter()),
    onError,
  }).addTo(map);
  // Below street zoom a tap on a drawn building (or cell) zooms in towards it.
  map.on('click', (e) => {
    if (map.getZoom() < MIN_ZOOM && tiles.hitTest(e.latlng)) map.setView(e.latlng, Math.max(MIN_ZOOM, map.getZoom() + 2));
  });

  const poller = new ChangePoller({
    fetchJson: (url, options) => getJson(url, options),
    changesUrl: urls.changes,
    onChanges: ({ all, fresh }) => {
      if (fresh.length) tiles.refresh(fresh.map((c) => c.bbox));
      // A failed refresh is retried by the next poll: the feed repeats changes for a few seconds.
      if (map.getZoom() >= MIN_ZOOM) refreshFootprints(map, buildings, getFilter, all).catch((err) => console.warn(err));
    },
    onReload: () => {
      tiles.refresh(null);
      buildings.reload();
    },
    onState: (state) => { document.body.dataset.live = state; },
  });
  document.addEventListener('visibilitychange', () => (document.hidden ? poller.pause() : poller.resume()));
  window.addEventListener('online', () => poller.resume());
  if (!document.hidden) poller.start();

  return {
    tiles,
    poller,
    filtersChanged: () => tiles.redraw(),
  };
}
