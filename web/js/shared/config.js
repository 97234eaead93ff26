// The map configuration from GET /api/config, checked and completed with defaults so the app
// works when the endpoint is missing or answers something odd. No DOM here.

import { DEFAULT_VIEW } from './map/view.js';

export const BASEMAPS = ['osm', 'tianditu', 'none'];

function finite4(a) {
  return Array.isArray(a) && a.length === 4 && a.every(Number.isFinite) && a[0] < a[2] && a[1] < a[3];
}

/** {basemap, tiandituKey, extent, initialView} from whatever the endpoint returned. */
export function normalizeConfig(raw) {
  const r = raw && typeof raw === 'object' ? raw : {};
  const key = typeof r.tiandituKey === 'string' && r.tiandituKey.trim() ? r.tiandituKey.trim() : null;
  let basemap = BASEMAPS.includes(r.basemap) ? r.basemap : 'osm';
  if (basemap === 'tianditu' && !key) basemap = 'osm';
  const v = r.initialView || {};
  const viewOk = [v.lon, v.lat, v.zoom].every(Number.isFinite);
  return {
    basemap,
    tiandituKey: key,
    extent: finite4(r.extent) ? [...r.extent] : null,
    initialView: viewOk ? { lon: v.lon, lat: v.lat, zoom: v.zoom } : { ...DEFAULT_VIEW },
  };
}

/** The basemaps the user may pick: Tianditu only with a key. */
export function availableBasemaps(config) {
  return BASEMAPS.filter((b) => b !== 'tianditu' || config.tiandituKey);
}

/** The user's saved choice when still available, else the configured default. */
export function chooseBasemap(saved, config) {
  return availableBasemaps(config).includes(saved) ? saved : config.basemap;
}
