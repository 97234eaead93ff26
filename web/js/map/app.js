// Entry point of the map page: reads the configuration, builds the map and wires the parts.

import { byId } from '../shared/dom.js';
import { latLngBounds } from '../shared/map/leaflet.js';
import { initLanguage } from '../shared/lang.js';
import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { normalizeConfig } from '../shared/config.js';
import { initialView, parseViewHash } from '../shared/map/view.js';
import { geometryBounds, boundsCenter } from '../shared/map/geo.js';
import { createMap } from '../shared/map/map.js';
import { initBasemap } from '../shared/map/basemap.js';
import { initChoropleth } from './tiles/choropleth.js';
import { loadAdminUnits } from '../shared/map/units.js';
import { BuildingLayer } from './buildings.js';
import { startLiveMap } from './live.js';
import { Filters } from './filters.js';
import { Panel } from './record/panel.js';
import { FootprintTools } from './create/footprint-tools.js';
import { Search } from './search.js';
import { initLegend } from './tiles/legend.js';
import { showError } from '../shared/notify.js';
import { testHooks } from './hooks.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav } from '../shared/page-nav.js';
import { followBuildingLinks } from '../shared/building-link.js';
import { startOffline } from './offline/offline-map.js';

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
 * The map centre that puts latlng in the middle of the part of the map the panel leaves
 * uncovered (the panel is on the right on desktop, at the bottom on phones).
 */
function visibleCenter(map, panel, latlng, zoom) {
  if (panel.hidden) return latlng;
  const m = map.getContainer().getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const coversRight = p.left > m.left + m.width / 3;
  const dx = coversRight ? Math.max(0, m.right - p.left) / 2 : 0;
  const dy = coversRight ? 0 : Math.max(0, m.bottom - p.top) / 2;
  const point = map.project(latlng, zoom).add([dx, dy]);
  return map.unproject(point, zoom);
}

async function main() {
  initLanguage(byId('lang-toggle'));
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
  initLegend();
  const config = await loadConfig();
  const { map, unitsRenderer, buildingsRenderer } = createMap(byId('map'), initialView(parseViewHash(location.hash), config.initialView));
  initBasemap(map, config);
  initChoropleth(map);

  let buildings = null;
  let tools = null;
  let live = null;
  const panel = new Panel({
    onClose: () => buildings.select(null),
    onFeature: (feature) => buildings.upsert(feature),
    onEditFootprint: (feature) => tools.editFootprint(feature),
  });
  const openBuilding = (id) => {
    if (tools && tools.active) return; // a tap while drawing is a corner, not a pick
    buildings.select(id);
    panel.open(String(id));
  };
  const filters = new Filters({ onChange: () => { buildings.reload(); live.filtersChanged(); } });
  buildings = new BuildingLayer(map, buildingsRenderer, { getFilter: () => filters.value(), onClick: openBuilding });
  // Below street zoom: vector tiles; at every zoom: other users' edits as they happen.
  live = startLiveMap({ map, buildings, getFilter: () => filters.value(), onOpen: openBuilding, onError: showError });

  startOffline({ map, user, buildings, onOpen: openBuilding });

  tools = new FootprintTools({ map, buildings, panel, openBuilding, role: user ? user.role : '' });

  // A search result or a linked building (#building=<id>): open it and bring it into view.
  const showBuilding = (feature) => {
    openBuilding(feature.id);
    const b = geometryBounds(feature.geometry);
    if (b) {
      const bounds = latLngBounds([b[1], b[0]], [b[3], b[2]]);
      const zoom = Math.min(19, Math.max(17, map.getBoundsZoom(bounds)));
      const [lon, lat] = boundsCenter(b);
      map.setView(visibleCenter(map, byId('panel'), [lat, lon], zoom), zoom);
    }
  };
  new Search({ onChoose: showBuilding });
  followBuildingLinks(showBuilding, showError);

  loadAdminUnits(map, unitsRenderer, showError).then((streets) => filters.setStreets(streets));
  buildings.reload();
  window.houseSafe = testHooks(map, buildings, openBuilding);
  document.body.dataset.ready = 'true';
}

main().catch(showError);
