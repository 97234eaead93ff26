// The Leaflet map: view from the URL hash or the configuration, canvas rendering, panes for our
// layers, a translated zoom control, and the view written back to the URL hash.

import { map as createLeafletMap, canvas, control } from './leaflet.js';
import { t, onLanguageChange } from '../i18n.js';
import { parseViewHash, formatViewHash } from './view.js';

/**
 * Creates the map in `container` at view {lon, lat, zoom}. Returns {map, unitsRenderer,
 * buildingsRenderer}: one canvas per pane, admin units below buildings.
 */
export function createMap(container, view) {
  const map = createLeafletMap(container, {
    center: [view.lat, view.lon],
    zoom: view.zoom,
    zoomControl: false,
    preferCanvas: true,
    maxZoom: 20,
    minZoom: 5,
    worldCopyJump: false,
  });

  map.createPane('units'); // .leaflet-units-pane, stacked in app.css
  map.createPane('buildings'); // .leaflet-buildings-pane
  const unitsRenderer = canvas({ pane: 'units', padding: 0.2 });
  // tolerance: a finger tap a few pixels off a small footprint still hits it.
  const buildingsRenderer = canvas({ pane: 'buildings', padding: 0.2, tolerance: 4 });

  let zoom = null;
  const addZoom = () => {
    if (zoom) zoom.remove();
    zoom = control.zoom({ position: 'bottomright', zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') });
    zoom.addTo(map);
  };
  addZoom();
  onLanguageChange(addZoom);

  map.on('moveend', () => {
    const c = map.getCenter();
    const hash = formatViewHash({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    if (location.hash !== hash) history.replaceState(null, '', hash);
  });
  window.addEventListener('hashchange', () => {
    const v = parseViewHash(location.hash);
    if (v) map.setView([v.lat, v.lon], v.zoom);
  });
  return { map, unitsRenderer, buildingsRenderer };
}
