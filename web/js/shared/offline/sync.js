// Keeps the buildings of the user's streets (full records: every block and the actions the user
// may take, from the list's detail=full, so records and action forms work offline)
// in IndexedDB for offline use: paged from GET /api/buildings?street=…, at most once every
// SYNC_INTERVAL_MS, and at once when the network comes back. A user of all streets keeps none
// (a district can hold a million buildings): only the records and histories opened are kept.
// With them, the answers a page starts from (who am I, configuration, boundaries), when not kept
// yet: the service worker keeps them on their way to a page it controls (worker/api-cache.js),
// but on a first visit the page asked for them before any worker had taken over. The histories
// of those buildings follow (history-sync.js).

import { getJson } from '../request.js';
import { urls } from '../urls.js';
import { cachedResponse, putCachedResponse, replaceBuildings, syncedAt } from './store.js';

export const SYNC_INTERVAL_MS = 10 * 60 * 1000;
const PAGE_LIMIT = 1000;
/** The answers every page starts from, as the worker keeps them (by path and query). */
const START_ANSWERS = [urls.me(), urls.config(), urls.adminUnits('street'), urls.adminUnits('community')];

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
  await forEachPage(urls.buildings(`${streetsQuery(user.scope)}&detail=full`), (page) => {
    features.push(...(Array.isArray(page.features) ? page.features : []));
  });
  await replaceBuildings(features, started);
  await keepStartAnswers();
  return started;
}

async function keepStartAnswers() {
  for (const href of START_ANSWERS) {
    if (await cachedResponse(href) == null) await putCachedResponse(href, await getJson(href));
  }
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
