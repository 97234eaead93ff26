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

/** The zoom from which the map draws each footprint (buildings.js MIN_ZOOM), not grid cells. */
export const FOOTPRINT_ZOOM = 17;

/**
 * The first view of a user scoped to streets: the middle of their streets' extent [west, south,
 * east, north], at the zoom that fits it (fitZoom) but never below FOOTPRINT_ZOOM, so footprints
 * are drawn from the start. null for no extent.
 */
export function streetView(extent, fitZoom) {
  if (!Array.isArray(extent) || extent.length !== 4 || !extent.every(Number.isFinite)) return null;
  const [west, south, east, north] = extent;
  const zoom = Math.min(MAX_ZOOM, Math.max(FOOTPRINT_ZOOM, Math.round(Number.isFinite(fitZoom) ? fitZoom : 0)));
  return { lon: (west + east) / 2, lat: (south + north) / 2, zoom };
}

/** The view to open: the URL's, else the configured one, else the default. */
export function initialView(hashView, configView) {
  if (hashView) return hashView;
  if (configView && validView(configView.lon, configView.lat, configView.zoom)) return { ...configView };
  return { ...DEFAULT_VIEW };
}
