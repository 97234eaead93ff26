// Entry point of the map page: reads the configuration, builds the map and wires the parts.

import { byId } from '../shared/dom.js';
import { latLngBounds } from '../shared/map/leaflet.js';
import { initLanguage } from '../shared/lang.js';
import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { normalizeConfig } from '../shared/config.js';
import { initialView, parseViewHash, streetView } from '../shared/map/view.js';
import { geometryBounds, boundsCenter } from '../shared/map/geo.js';
import { createMap } from '../shared/map/map.js';
import { initBasemap } from '../shared/map/basemap.js';
import { initChoropleth } from './tiles/choropleth.js';
import { loadAdminUnits } from '../shared/map/units.js';
import { BuildingLayer } from './buildings.js';
import { startLiveMap } from './live.js';
import { Filters } from './filters.js';
import { Panel } from './record/panel.js';
import { Search } from './search.js';
import { initLegend } from './tiles/legend.js';
import { showError } from '../shared/notify.js';
import { testHooks } from './hooks.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav } from '../shared/page-nav.js';
import { followBuildingLinks, buildingIdFromHash } from '../shared/building-link.js';
import { initHeader } from './header.js';
import { initLocate } from './locate.js';
import { reveal } from './reveal.js';
import { TaskList } from './tasks/task-list.js';
import { startOutbox, followSent } from './outbox/start.js';
import { startOffline } from './offline/offline-map.js';
import { afterFirstView } from './first-view.js';

const CONFIG_TIMEOUT_MS = 5000;

/** GET /api/config, or the defaults when it is missing, slow or broken. */
async function loadConfig() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS);
  try {
    return normalizeConfig(await getJson(urls.config(), { signal: controller.signal }));
  } catch (err) {
    console.warn('map configuration unavailable, using defaults', err);
    return normalizeConfig(null);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The first view of a user scoped to streets, when the link names no view or building: their
 * streets (the admin units the server returns are the user's) at a zoom showing footprints.
 */
function showOwnStreets(map, user, streets) {
  const own = streets.filter((f) => user.scope.includes(String((f.properties && f.properties.code) || f.id)));
  const boxes = own.map((f) => geometryBounds(f.geometry)).filter(Boolean);
  if (boxes.length === 0) return;
  const extent = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const fit = map.getBoundsZoom(latLngBounds([extent[1], extent[0]], [extent[3], extent[2]]));
  const view = streetView(extent, fit);
  if (view) map.setView([view.lat, view.lon], view.zoom);
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const configLoaded = loadConfig(); // beside the session check: a round trip less on a slow line
  // Nothing of the map is loaded without a session: no session → the login page, and back.
  // Any other failure (network, server) is shown and the map still starts.
  const user = await requireUser().catch((err) => {
    showError(err);
    return null;
  });
  if (user) {
    initUserBar(user);
    renderPageNav(byId('page-nav'), user, 'map');
  }
  initHeader();
  initLegend();
  const linked = parseViewHash(location.hash) || buildingIdFromHash(location.hash);
  const config = await configLoaded;
  const { map, unitsRenderer, buildingsRenderer } = createMap(byId('map'), initialView(parseViewHash(location.hash), config.initialView));
  initBasemap(map, config);
  initChoropleth(map);

  let buildings = null;
  let tools = null;
  let live = null;
  let tasks = null;
  const panelNode = byId('panel');
  // The opened building stays in the part of the map the panel leaves visible.
  const revealDrawn = (id) => {
    const layer = buildings.layerOf(id);
    if (layer) reveal(map, panelNode, layer.getBounds().getCenter());
  };
  // Every write goes through the outbox (outbox/), online or not.
  const outbox = await startOutbox(user ? user.username : null);
  const panel = new Panel({
    onClose: () => buildings.select(null),
    onFeature: (feature) => {
      buildings.upsert(feature);
      revealDrawn(feature.id);
      if (tasks) tasks.update(feature);
    },
    onEditFootprint: (feature) => tools && tools.editFootprint(feature),
    outbox,
  });
  const openBuilding = (id) => {
    if (tools && tools.active) return; // a tap while drawing is a corner, not a pick
    buildings.select(id);
    panel.open(String(id));
    revealDrawn(id);
  };
  const filters = new Filters({ onChange: () => { buildings.reload(); live.filtersChanged(); } });
  buildings = new BuildingLayer(map, buildingsRenderer, { getFilter: () => filters.value(), onClick: openBuilding });
  buildings.reload(); // first in line: on a slow network the view's footprints go before its tiles
  // Below street zoom: vector tiles; at every zoom: other users' edits as they happen.
  live = startLiveMap({ map, buildings, getFilter: () => filters.value(), onOpen: openBuilding, onError: showError });

  startOffline({ map, user, buildings, onOpen: openBuilding });

  // The creation tools (their button shows once loaded) and the outbox's list and conflict views
  // are not needed by the first view: loaded after it, from the worker's precache once installed.
  afterFirstView(map, () => {
    import('./create/footprint-tools.js').then(({ FootprintTools }) => {
      tools = new FootprintTools({ map, buildings, panel, openBuilding, role: user ? user.role : '', outbox });
    }).catch(showError);
    import('./outbox/outbox-view.js').then(({ OutboxView }) => new OutboxView(outbox, map)).catch(showError);
    // Fetched now, not on the first tap: a signal lost before the worker keeps the app offline
    // must not leave the record without its forms.
    import('./record/action-form.js').catch((err) => console.warn('action forms not loaded yet', err));
  });
  followSent(outbox, ({ result }) => {
    if (panel.openId === String(result.feature.id)) panel.applyFeature(result.feature, result.etag);
    else buildings.upsert(result.feature);
  });

  // A search result or a linked building (#building=<id>): open it and bring it into view.
  const showBuilding = (feature) => {
    openBuilding(feature.id);
    const b = geometryBounds(feature.geometry);
    if (b) {
      const bounds = latLngBounds([b[1], b[0]], [b[3], b[2]]);
      const zoom = Math.min(19, Math.max(17, map.getBoundsZoom(bounds)));
      const [lon, lat] = boundsCenter(b);
      reveal(map, panelNode, [lat, lon], { zoom, force: true });
    }
  };
  new Search({ onChoose: showBuilding });
  followBuildingLinks(showBuilding, showError);
  initLocate(map, byId('locate'), panelNode);
  // The task list's queries wait for the first view too (its button shows then).
  if (user) afterFirstView(map, () => { tasks = new TaskList(user.role, showBuilding); });

  loadAdminUnits(map, unitsRenderer, showError).then((streets) => {
    filters.setStreets(streets);
    if (user && !linked && user.scope.length > 0) showOwnStreets(map, user, streets);
  });
  window.houseSafe = testHooks(map, buildings, openBuilding);
  document.body.dataset.ready = 'true';
}

main().catch(showError);
