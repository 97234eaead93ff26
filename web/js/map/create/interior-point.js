// A point inside a drawn footprint, where the server is asked which community it lies in: the
// centroid when it falls inside the outline, else the middle of the widest stretch of the
// outline along the centroid's latitude (an L or U shape can have its centroid outside).
// Pure: no DOM. Lon/lat treated as plane coordinates: fine at the size of a house.

/** Whether [x, y] lies inside the open ring (even-odd rule). */
export function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The area-weighted centroid of an open ring; the mean of its corners when it has no area.
 * Computed relative to the first corner: with absolute lon/lat the products cancel badly.
 */
export function centroid(ring) {
  const [ox, oy] = ring[0];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = [ring[j][0] - ox, ring[j][1] - oy];
    const [x1, y1] = [ring[i][0] - ox, ring[i][1] - oy];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-18) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [ox + cx / (3 * a), oy + cy / (3 * a)];
}

/** A point inside the open ring of [lon, lat] corners (at least 3), or null for fewer. */
export function interiorPoint(ring) {
  if (!Array.isArray(ring) || ring.length < 3) return null;
  const c = centroid(ring);
  if (insideRing(c, ring)) return c;
  const y = c[1];
  const xs = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y)) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
  }
  xs.sort((p, q) => p - q);
  let best = null;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (!best || xs[k + 1] - xs[k] > best[1] - best[0]) best = [xs[k], xs[k + 1]];
  }
  return best ? [(best[0] + best[1]) / 2, y] : c;
}
