// Streets and communities (GET /api/admin-units): outlines with name labels, drawn below the
// buildings and never catching clicks. Communities appear from COMMUNITY_ZOOM on.

import { geoJSON } from './leaflet.js';
import { el } from './dom.js';
import { getJson } from './request.js';
import { urls } from './urls.js';

export const COMMUNITY_ZOOM = 14;

const STREET_STYLE = { color: '#4a148c', weight: 2.5, opacity: 0.9, fill: false, interactive: false };
const COMMUNITY_STYLE = { color: '#6a1b9a', weight: 1.2, opacity: 0.8, dashArray: '6 4', fill: false, interactive: false };

function unitLayer(collection, style, renderer, labelClass) {
  return geoJSON(collection, {
    style: () => style,
    renderer,
    interactive: false,
    onEachFeature: (feature, layer) => {
      const name = feature.properties && feature.properties.name;
      if (!name) return;
      // An element, not a string: Leaflet puts string content in with innerHTML.
      layer.bindTooltip(el('span', { text: name }), {
        permanent: true, direction: 'center', className: `unit-label ${labelClass}`, interactive: false,
      });
    },
  });
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
    const layer = unitLayer(communities, COMMUNITY_STYLE, renderer, 'unit-label-community');
    const toggle = () => {
      if (map.getZoom() >= COMMUNITY_ZOOM) layer.addTo(map);
      else layer.remove();
    };
    map.on('zoomend', toggle);
    toggle();
  }
  if (streets && Array.isArray(streets.features)) {
    unitLayer(streets, STREET_STYLE, renderer, 'unit-label-street').addTo(map);
    return streets.features;
  }
  return [];
}
