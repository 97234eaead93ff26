// Query strings for GET /api/buildings and reading its paged answers. Pure: no DOM.

/** Rounds to 6 decimals (about 0.1 m), enough for a bbox and stable in URLs. */
function round6(n) {
  return Math.round(n * 1e6) / 1e6;
}

function clamp(n, min, max) {
  return Math.min(max, Math.max(min, n));
}

/**
 * "minLon,minLat,maxLon,maxLat" for a view given as {west, south, east, north}, clamped to the
 * valid ranges (a world-wrapped view would otherwise send longitudes past ±180).
 */
export function bboxParam({ west, south, east, north }) {
  const values = [clamp(west, -180, 180), clamp(south, -90, 90), clamp(east, -180, 180), clamp(north, -90, 90)];
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('bbox needs four finite numbers');
  return values.map(round6).join(',');
}

function list(value) {
  if (value == null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => String(v).trim()).filter((v) => v !== '');
}

/**
 * The query string (without "?") for a buildings request. filter holds the user's filters
 * (street, community, status, judgement, grade, use: a code or a list of codes; q: text;
 * overdue: true or false);
 * page holds bbox ({west,south,east,north}), limit and after. Empty filters are left out;
 * lists are joined with commas as the API expects.
 */
export function buildingsQuery(filter = {}, page = {}) {
  const params = new URLSearchParams();
  if (page.bbox) params.set('bbox', bboxParam(page.bbox));
  for (const name of ['street', 'community', 'status', 'judgement', 'grade', 'use']) {
    const values = list(filter[name]);
    if (values.length) params.set(name, values.join(','));
  }
  const q = filter.q == null ? '' : String(filter.q).trim();
  if (q) params.set('q', q);
  if (typeof filter.overdue === 'boolean') params.set('overdue', String(filter.overdue));
  if (page.limit != null) params.set('limit', String(page.limit));
  if (page.after) params.set('after', String(page.after));
  return params.toString();
}

/** The href of the rel="next" link of a feature page, or null on the last page. */
export function nextHref(page) {
  const links = page && Array.isArray(page.links) ? page.links : [];
  const next = links.find((l) => l && l.rel === 'next' && typeof l.href === 'string' && l.href);
  return next ? next.href : null;
}

/**
 * Whether to fetch another page: there is a next link and the features drawn so far stay
 * under the cap. Returns the limit for the next request (never past the cap) or 0 to stop.
 */
export function nextPageLimit(drawn, cap, pageLimit) {
  const room = cap - drawn;
  return room > 0 ? Math.min(pageLimit, room) : 0;
}

/**
 * Replaces (or adds) the limit parameter of a next link, so the last page never fetches past
 * the cap. Keeps the link's path and other parameters as the server wrote them.
 */
export function withLimit(href, limit) {
  const [path, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('limit', String(limit));
  return `${path}?${params.toString()}`;
}
