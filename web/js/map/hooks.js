// window.houseSafe: small hooks for browser tests and the console. The app itself does not use
// them; a test still clicks the map like a user, these only tell it where to click.

import { point as toPoint } from '../shared/map/leaflet.js';

export function testHooks(map, buildings, openBuilding) {
  /** Screen point (client coordinates) inside building id's footprint, or null if not drawn. */
  function buildingPoint(id) {
    const layer = buildings.layerOf(id);
    if (!layer) return null;
    let point = map.latLngToContainerPoint(layer.getCenter());
    // The centroid of an L- or U-shaped footprint can fall outside it: look for a point inside.
    if (typeof layer._containsPoint === 'function' && !layer._containsPoint(point)) {
      const nw = map.latLngToContainerPoint(layer.getBounds().getNorthWest());
      const se = map.latLngToContainerPoint(layer.getBounds().getSouthEast());
      const steps = 12;
      outer: for (let i = 1; i < steps; i++) {
        for (let j = 1; j < steps; j++) {
          const p = toPoint(nw.x + ((se.x - nw.x) * i) / steps, nw.y + ((se.y - nw.y) * j) / steps);
          if (layer._containsPoint(p)) {
            point = p;
            break outer;
          }
        }
      }
    }
    const rect = map.getContainer().getBoundingClientRect();
    const x = Math.round(rect.left + point.x);
    const y = Math.round(rect.top + point.y);
    const top = document.elementFromPoint(x, y);
    return { x, y, clickable: !!top && top.tagName === 'CANVAS' && !!top.closest('.leaflet-buildings-pane') };
  }

  return Object.freeze({
    map,
    openBuilding: (id) => openBuilding(String(id)),
    setView: (lon, lat, zoom) => map.setView([lat, lon], zoom, { animate: false }),
    reload: () => buildings.reload(),
    loadedIds: () => [...buildings.byId.keys()],
    buildingPoint,
    /** The colours a building is drawn with ({fillColor, color}), or null if not drawn. */
    buildingStyle: (id) => {
      const layer = buildings.layerOf(id);
      return layer ? { fillColor: layer.options.fillColor, color: layer.options.color } : null;
    },
    /** Client coordinates of a lon/lat position on the map (where a test taps to draw). */
    screenPoint: (lon, lat) => {
      const p = map.latLngToContainerPoint([lat, lon]);
      const rect = map.getContainer().getBoundingClientRect();
      return { x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) };
    },
  });
}
