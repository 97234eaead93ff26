// The map view as URL state ("#map=zoom/lat/lon", as openstreetmap.org writes it), so a view can
// be linked to and a browser test can open the map where the buildings are. Pure: no DOM.

export const DEFAULT_VIEW = { lon: 112.56, lat: 26.89, zoom: 13 };

const MIN_ZOOM = 0;
const MAX_ZOOM = 22;

function validView(lon, lat, zoom) {
  return Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(zoom)
    && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM;
}

/** {lon, lat, zoom} from a location hash such as "#map=16/26.89/112.56", or null. */
export function parseViewHash(hash) {
  const m = /(?:^#|&)map=([^&]+)/.exec(hash || '');
  if (!m) return null;
  const parts = m[1].split('/').map(Number);
  if (parts.length !== 3) return null;
  const [zoom, lat, lon] = parts;
  return validView(lon, lat, zoom) ? { lon, lat, zoom: Math.round(zoom) } : null;
}

/** "#map=zoom/lat/lon" with 5 decimals (about 1 m). */
export function formatViewHash({ lon, lat, zoom }) {
  return `#map=${Math.round(zoom)}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

/** The view to open: the URL's, else the configured one, else the default. */
export function initialView(hashView, configView) {
  if (hashView) return hashView;
  if (configView && validView(configView.lon, configView.lat, configView.zoom)) return { ...configView };
  return { ...DEFAULT_VIEW };
}
