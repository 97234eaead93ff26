// The map's buildings below street zoom (vector tiles) and the changes of other users shown as
// they happen: the tile layer draws where the footprints do not, and the change feed
// (live-feed.js) redraws what changed in view — tiles revalidated in place, footprints fetched
// anew. document.body.dataset.live says how the feed is doing.

import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { buildingsQuery } from './query.js';
import { MIN_ZOOM } from './buildings.js';
import { BuildingTiles } from './tiles/tile-layer.js';
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
 * Draws the buildings from vector tiles where the footprints are not: below MIN_ZOOM, and under
 * them when there are more in view than the footprint layer draws (the rest is then still seen).
 * A tap on a tile's footprint opens it (onOpen(id)) and zooms in to it; on a cell, zooms in.
 */
function startTiles(map, { getFilter, onOpen, onError }) {
  map.createPane('buildingTiles'); // .leaflet-buildingTiles-pane (app.css): under the footprints, over the unit outlines
  const tiles = new BuildingTiles({ pane: 'buildingTiles', getQuery: () => buildingsQuery(getFilter()), onError });
  const show = (on) => {
    if (on && !map.hasLayer(tiles)) tiles.addTo(map);
    if (!on && map.hasLayer(tiles)) tiles.remove();
  };
  show(true); // also at street zoom until the first footprints arrive: never a blank map
  map.on('zoomend', () => { if (map.getZoom() < MIN_ZOOM) show(true); });
  map.on('buildingsload', (e) => { if (map.getZoom() >= MIN_ZOOM) show(e.capped); });
  map.on('click', (e) => {
    if (map.getZoom() >= MIN_ZOOM) return; // the footprints take the taps there
    const hit = tiles.pick(e.latlng);
    if (hit && hit.id) {
      onOpen(hit.id);
      map.setView(e.latlng, MIN_ZOOM);
    } else if (hit) {
      map.setView(e.latlng, Math.min(MIN_ZOOM, map.getZoom() + 2));
    }
  });
  return tiles;
}

/**
 * Adds the tile layer to map and starts following changes. buildings: the BuildingLayer;
 * getFilter(): the current filters; onOpen(id): open a building's record; onError(err): a
 * failure worth showing. Returns {tiles, poller, filtersChanged()}.
 */
export function startLiveMap({ map, buildings, getFilter, onOpen, onError }) {
  const tiles = startTiles(map, { getFilter, onOpen, onError });
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
