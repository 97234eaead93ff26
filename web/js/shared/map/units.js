// Streets and communities (GET /api/admin-units): outlines with name labels, drawn below the
// buildings and never catching clicks. Communities appear from COMMUNITY_ZOOM on. Only units in
// view carry a label, at most MAX_LABELS of each level (unit-labels.js), renewed after each move.

import { geoJSON } from './leaflet.js';
import { el } from '../dom.js';
import { getJson } from '../request.js';
import { urls } from '../urls.js';
import { unitsToLabel } from './unit-labels.js';

export const COMMUNITY_ZOOM = 14;

const STREET_STYLE = { color: '#4a148c', weight: 2.5, opacity: 0.9, fill: false, interactive: false };
const COMMUNITY_STYLE = { color: '#6a1b9a', weight: 1.2, opacity: 0.8, dashArray: '6 4', fill: false, interactive: false };

function unitLayer(map, collection, style, renderer, labelClass) {
  const layer = geoJSON(collection, { style: () => style, renderer, interactive: false });
  const units = layer.getLayers().filter((l) => l.feature.properties && l.feature.properties.name).map((l) => {
    const b = l.getBounds();
    return { layer: l, west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
  });
  let labelled = new Set();
  const relabel = () => {
    if (!map.hasLayer(layer)) return;
    const b = map.getBounds();
    const view = { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
    const next = new Set(unitsToLabel(units, view).map((u) => u.layer));
    labelled.forEach((l) => { if (!next.has(l)) l.unbindTooltip(); });
    next.forEach((l) => {
      if (labelled.has(l)) return;
      // An element, not a string: Leaflet puts string content in with innerHTML.
      l.bindTooltip(el('span', { text: l.feature.properties.name }), {
        permanent: true, direction: 'center', className: `unit-label ${labelClass}`, interactive: false,
      });
    });
    labelled = next;
  };
  map.on('moveend', relabel);
  layer.on('add', relabel);
  return layer;
}

/**
 * Loads and draws both levels. Returns the street features (for the street filter); a failure
 * of either level is passed to onError and leaves the map usable.
 */
export async function loadAdminUnits(map, renderer, onError) {
  const [streets, communities] = await Promise.all(['street', 'community'].map((level) =>
    getJson(urls.adminUnits(level)).catch((err) => {
      onError(err);
      return null;
    })));

  if (communities && Array.isArray(communities.features)) {
    const layer = unitLayer(map, communities, COMMUNITY_STYLE, renderer, 'unit-label-community');
    const toggle = () => {
      if (map.getZoom() >= COMMUNITY_ZOOM) layer.addTo(map);
      else layer.remove();
    };
    map.on('zoomend', toggle);
    toggle();
  }
  if (streets && Array.isArray(streets.features)) {
    unitLayer(map, streets, STREET_STYLE, renderer, 'unit-label-street').addTo(map);
    return streets.features;
  }
  return [];
}
