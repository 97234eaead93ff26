// A page of GET /api/buildings answered from the cached buildings of the user's streets, when
// the network is gone. Pure. Understands the parameters the map sends (bbox, street, community,
// status, q, limit); any other filter returns null, so that a filter it cannot apply is never
// shown as a wrong answer.

const SUPPORTED = new Set(['bbox', 'street', 'community', 'status', 'q', 'limit']);

function ringsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** [west, south, east, north] of a feature's geometry, or null. */
export function featureBox(feature) {
  let box = null;
  for (const ring of ringsOf(feature && feature.geometry)) {
    for (const [x, y] of ring) {
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    }
  }
  return box;
}

const list = (value) => (value == null ? null : new Set(value.split(',').filter(Boolean)));

/**
 * The FeatureCollection the list would have answered for `params` (URLSearchParams), drawn from
 * `features`; null when a parameter is not one this can apply. No paging: every match at once.
 */
export function offlineList(features, params) {
  for (const key of params.keys()) if (!SUPPORTED.has(key)) return null;
  const bbox = params.get('bbox') ? params.get('bbox').split(',').map(Number) : null;
  if (bbox && (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n)))) return null;
  const streets = list(params.get('street'));
  const communities = list(params.get('community'));
  const statuses = list(params.get('status'));
  const q = (params.get('q') || '').trim();
  const matches = features.filter((f) => {
    const p = f.properties || {};
    if (streets && !streets.has(p.streetCode)) return false;
    if (communities && !communities.has(p.communityCode)) return false;
    if (statuses && !statuses.has(p.status)) return false;
    if (q && !`${p.houseCode || ''} ${p.address || ''}`.includes(q)) return false;
    if (!bbox) return true;
    const b = featureBox(f);
    return !!b && b[0] <= bbox[2] && bbox[0] <= b[2] && b[1] <= bbox[3] && bbox[1] <= b[3];
  });
  return {
    type: 'FeatureCollection', numberMatched: matches.length, numberReturned: matches.length, links: [], features: matches,
  };
}
