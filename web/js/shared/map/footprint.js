// Footprints being drawn or edited, as lists of [lon, lat] corners (rings without the closing
// repeat), to and from GeoJSON Polygon/MultiPolygon. Pure: no DOM, no Leaflet. The server
// validates every footprint again (JTS IsValidOp); these checks only catch the obvious early.

const EARTH_RADIUS = 6371008.8;

function samePoint(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

/** A GeoJSON ring ([[lon, lat], …, first]) without its closing repeat. */
export function openRing(ring) {
  const r = ring.map((p) => [p[0], p[1]]);
  if (r.length > 1 && samePoint(r[0], r[r.length - 1])) r.pop();
  return r;
}

/** An open ring closed again, as GeoJSON wants it. */
export function closeRing(corners) {
  const r = corners.map((p) => [p[0], p[1]]);
  if (r.length && !samePoint(r[0], r[r.length - 1])) r.push([r[0][0], r[0][1]]);
  return r;
}

/**
 * The rings of a Polygon or MultiPolygon as [[polygon][ring] = open ring], so that an editor can
 * move corners of any ring; null for other geometry types.
 */
export function ringsOf(geometry) {
  if (!geometry) return null;
  if (geometry.type === 'Polygon') return [geometry.coordinates.map(openRing)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((poly) => poly.map(openRing));
  return null;
}

/** The geometry of rings as returned by ringsOf: a Polygon for one polygon, else a MultiPolygon. */
export function geometryOf(rings) {
  const polys = rings.map((poly) => poly.map(closeRing));
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

function cross(o, a, b) {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Whether segments p1p2 and q1q2 cross or touch (shared end points of neighbours excluded by the caller). */
function segmentsMeet(p1, p2, q1, q2) {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (a, b, c) => Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0])
    && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
  return (d1 === 0 && on(q1, q2, p1)) || (d2 === 0 && on(q1, q2, p2))
    || (d3 === 0 && on(p1, p2, q1)) || (d4 === 0 && on(p1, p2, q2));
}

/** Whether two non-neighbouring edges of the open ring cross or touch. */
export function selfIntersects(corners) {
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      if (neighbours) continue;
      if (segmentsMeet(corners[i], corners[(i + 1) % n], corners[j], corners[(j + 1) % n])) return true;
    }
  }
  return false;
}

/** The i18n key of what is wrong with an open ring as a footprint, or null. */
export function ringIssue(corners) {
  const distinct = new Set(corners.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return 'footprint.tooFew';
  if (selfIntersects(corners)) return 'footprint.selfIntersects';
  return null;
}

/** The first issue of any ring of rings (ringsOf shape), or null. */
export function ringsIssue(rings) {
  for (const poly of rings) {
    for (const ring of poly) {
      const issue = ringIssue(ring);
      if (issue) return issue;
    }
  }
  return null;
}

/** The middle of the edge from a to b (for the "add a corner here" handles). */
export function midpoint(a, b) {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/**
 * Approximate area in m² of an open ring of lon/lat corners (spherical excess formula, as
 * Leaflet.draw's geodesicArea); the server computes the real (ellipsoidal) area.
 */
export function approximateArea(corners) {
  const rad = Math.PI / 180;
  let area = 0;
  const n = corners.length;
  if (n < 3) return 0;
  for (let i = 0; i < n; i++) {
    const [lon1, lat1] = corners[i];
    const [lon2, lat2] = corners[(i + 1) % n];
    area += (lon2 - lon1) * rad * (2 + Math.sin(lat1 * rad) + Math.sin(lat2 * rad));
  }
  return Math.abs((area * EARTH_RADIUS * EARTH_RADIUS) / 2);
}
