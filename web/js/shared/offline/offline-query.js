// A page of GET /api/buildings answered from the cached buildings of the user's streets, when
// the network is gone. Pure. Understands the parameters the map and 我的任务 send (bbox, street,
// community, status, q, overdue, limit, after) and pages as the server does (FeaturePage.java:
// ordered by id, `limit` default 100, a `next` link carrying the last id as `after`,
// numberMatched counting every match); any other parameter or a bad value returns null, so that
// a filter it cannot apply is never shown as a wrong answer.

import { isOverdue, todayIn } from '../format.js';
import { FINISHED_STATUSES } from '../schema.js';
import { urls } from '../urls.js';

const SUPPORTED = new Set(['bbox', 'street', 'community', 'status', 'q', 'overdue', 'limit', 'after']);
/** The server's default and largest page (BuildingQueryParser). */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10000;

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

/** The parsed parameters, or null when one cannot be applied here (the server would 400 or filter otherwise). */
function parse(params) {
  for (const key of params.keys()) if (!SUPPORTED.has(key) || params.getAll(key).length > 1) return null;
  const bbox = params.get('bbox') ? params.get('bbox').split(',').map(Number) : null;
  if (bbox && (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n)))) return null;
  const overdue = params.has('overdue') ? { true: true, false: false }[params.get('overdue')] : null;
  if (overdue === undefined) return null;
  const limit = params.has('limit') ? Number(params.get('limit')) : DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return null;
  return {
    bbox, overdue, limit,
    streets: list(params.get('street')),
    communities: list(params.get('community')),
    statuses: list(params.get('status')),
    q: (params.get('q') || '').trim(),
    after: params.get('after'),
  };
}

function matcher(query, today) {
  const { bbox, streets, communities, statuses, q, overdue } = query;
  return (f) => {
    const p = f.properties || {};
    if (streets && !streets.has(p.streetCode)) return false;
    if (communities && !communities.has(p.communityCode)) return false;
    if (statuses && !statuses.has(p.status)) return false;
    if (q && !`${p.houseCode || ''} ${p.address || ''}`.includes(q)) return false;
    if (overdue != null && isOverdue(p.deadline, p.status, today, FINISHED_STATUSES) !== overdue) return false;
    if (!bbox) return true;
    const b = featureBox(f);
    return !!b && b[0] <= bbox[2] && bbox[0] <= b[2] && b[1] <= bbox[3] && bbox[1] <= b[3];
  };
}

/** The request's own parameters with `after` replaced (moved last), as the server writes its links. */
function href(params, after) {
  const kept = new URLSearchParams(params);
  if (after != null) {
    kept.delete('after');
    kept.append('after', after);
  }
  return urls.buildings(kept.toString());
}

const link = (rel, target) => ({ rel, href: target, type: 'application/geo+json' });

/**
 * The page of the FeatureCollection the list would have answered for `params` (URLSearchParams),
 * drawn from `features`, or null when a parameter is not one this can apply. today: "YYYY-MM-DD"
 * in Asia/Shanghai, for `overdue` (format.js isOverdue, the one definition of 逾期).
 */
export function offlineList(features, params, today = todayIn()) {
  const query = parse(params);
  if (!query) return null;
  const byId = (a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
  const matches = features.filter(matcher(query, today)).sort(byId);
  const start = query.after == null ? 0 : matches.findIndex((f) => String(f.id) > query.after);
  const rest = start < 0 ? [] : matches.slice(start);
  const page = rest.slice(0, query.limit);
  const links = [link('self', href(params, null))];
  if (rest.length > page.length) links.push(link('next', href(params, String(page.at(-1).id))));
  return {
    type: 'FeatureCollection', numberMatched: matches.length, features: page, numberReturned: page.length, links,
  };
}
