// Keeps the buildings of the user's streets (attributes and footprints, as the list gives them)
// in IndexedDB for offline use: paged from GET /api/buildings?street=…, at most once every
// SYNC_INTERVAL_MS, and at once when the network comes back. A user of all streets keeps none
// (a district can hold a million buildings): only the records and histories opened are kept.
// The histories of those buildings follow (history-sync.js).

import { getJson } from '../request.js';
import { urls } from '../urls.js';
import { replaceBuildings, syncedAt } from './store.js';

export const SYNC_INTERVAL_MS = 10 * 60 * 1000;
const PAGE_LIMIT = 1000;

/** Whether a sync is due: never synced, or the last one (ISO instant) is older than interval. */
export function syncDue(last, now = Date.now(), interval = SYNC_INTERVAL_MS) {
  const at = last ? Date.parse(last) : NaN;
  return !Number.isFinite(at) || now - at >= interval || at > now;
}

/** The first page's query: the user's streets, PAGE_LIMIT a page (buildings or events). */
export function streetsQuery(scope) {
  return new URLSearchParams({ street: scope.join(','), limit: String(PAGE_LIMIT) }).toString();
}

/**
 * Fetches every building of user's streets and replaces the kept copy; resolves to the sync's
 * time, or null when none was due (force: even so) or the user has all streets. Errors are thrown.
 */
export async function syncStreets(user, { force = false } = {}) {
  if (!user || !Array.isArray(user.scope) || user.scope.length === 0) return null;
  if (!force && !syncDue(await syncedAt())) return null;
  const started = new Date().toISOString();
  const features = [];
  await forEachPage(urls.buildings(streetsQuery(user.scope)), (page) => {
    features.push(...(Array.isArray(page.features) ? page.features : []));
  });
  await replaceBuildings(features, started);
  return started;
}

/** Fetches href and the pages its next links chain to, one at a time; awaits onPage(page) for each. */
export async function forEachPage(href, onPage) {
  let next = href;
  while (next) {
    const page = await getJson(next);
    await onPage(page);
    const link = (Array.isArray(page.links) ? page.links : []).find((l) => l && l.rel === 'next');
    next = link && typeof link.href === 'string' ? link.href : null;
  }
}
