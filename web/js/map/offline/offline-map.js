// The map page offline: the banner (shared/offline/status.js), the worker that keeps the app and
// the data (register.js), the sync of the user's streets (sync.js) and then of their histories
// (history-sync.js), and, while offline below street zoom where the vector tiles cannot come, the
// kept buildings of the user's streets drawn as footprints in their status colours. When the
// network returns: sync, reload the view.

import { geoJSON } from '../../shared/map/leaflet.js';
import { registerWorker } from '../../shared/offline/register.js';
import { syncStreets } from '../../shared/offline/sync.js';
import { syncHistories } from '../../shared/offline/history-sync.js';
import { cachedBuildings } from '../../shared/offline/store.js';
import { startNetworkStatus, isOnline, onNetworkChange, dataChanged } from '../../shared/offline/status.js';
import { MIN_ZOOM } from '../buildings.js';
import { afterFirstView } from '../first-view.js';

/**
 * map: the Leaflet map; user: the signed-in user (null: none known); buildings: the
 * BuildingLayer (its renderer and styles are reused); onOpen(id): a kept building was tapped.
 */
export function startOffline({ map, user, buildings, onOpen }) {
  startNetworkStatus(map.getContainer().parentElement || document.body);
  let kept = null;

  const sync = (force) => syncStreets(user, { force })
    .then((time) => { if (time) { document.body.dataset.offlineSynced = time; dataChanged(); } })
    .then(() => syncHistories(user))
    .then((kept) => { if (kept != null) document.body.dataset.offlineHistories = String(kept); })
    .catch((err) => console.warn('offline copy not refreshed', err));

  const drawKept = async () => {
    const show = !isOnline() && map.getZoom() < MIN_ZOOM;
    if (!show) {
      if (kept) kept.remove();
      kept = null;
      return;
    }
    if (kept) return;
    const features = await cachedBuildings().catch(() => []);
    if (isOnline() || kept) return;
    kept = geoJSON({ type: 'FeatureCollection', features }, {
      renderer: buildings.layer.options.renderer,
      style: (feature) => buildings.styleOf(feature),
    }).addTo(map);
    kept.on('click', (e) => e.layer && e.layer.feature && onOpen(String(e.layer.feature.id)));
    document.body.dataset.offlineDrawn = String(features.length);
  };

  onNetworkChange((online) => {
    drawKept();
    if (online) {
      sync(true);
      buildings.reload();
    }
  });
  map.on('zoomend', drawKept);
  drawKept();
  // The worker's precaching and the street's sync wait until the view is drawn (or a few seconds
  // below street zoom): on a slow network they would otherwise share its bandwidth with the view.
  afterFirstView(map, () => {
    registerWorker();
    if (isOnline()) sync(false);
  });
}
