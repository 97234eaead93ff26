// Which building of a decoded vector tile lies under a point, for a tap on the map. Pure: works in
// tile units on what mvt.js decoded.

import { rings, GEOM_POLYGON } from './mvt.js';

/** Whether (x, y) lies inside the polygon(s) drawn by rings (even-odd: holes are outside). */
export function insideRings(allRings, x, y) {
  let inside = false;
  for (const ring of allRings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The footprint (a full-detail feature with an id) of layer at (x, y) in tile units, or within
 * slack units of it when none contains the point (a finger is not a pixel); null when none.
 * The last drawn wins where footprints overlap.
 */
export function featureAt(layer, x, y, slack = 0) {
  if (!layer) return null;
  const candidates = layer.features.filter((f) => f.type === GEOM_POLYGON && f.properties.id != null);
  for (const d of slack > 0 ? [0, slack] : [0]) {
    const offsets = d === 0 ? [[0, 0]] : [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]];
    for (let i = candidates.length - 1; i >= 0; i--) {
      const r = rings(candidates[i].geometry);
      if (offsets.some(([dx, dy]) => insideRings(r, x + dx, y + dy))) return candidates[i];
    }
  }
  return null;
}
