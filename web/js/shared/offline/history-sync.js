// Keeps the histories of the buildings of the user's streets in IndexedDB, after the buildings
// (sync.js): paged from GET /api/events?street=…, each page's complete histories stored as it
// comes (a lost network keeps what came), each in the shape GET /api/buildings/{id}/events has,
// which the worker answers offline. Skipped while no kept building's version has changed since
// the last complete sync; a user of all streets keeps none, as for the buildings.

import { urls } from '../urls.js';
import { forEachPage, streetsQuery } from './sync.js';
import { cachedBuildings, keepHistoriesOf, metaValue, putCachedHistories, putMetaValue } from './store.js';

const SYNCED_VERSIONS = 'historiesOfVersions';

/** What the histories were synced for: every kept building's id and version, in id order. */
export function versionsKey(features) {
  return features.map((f) => `${f.id}:${f.properties ? f.properties.version : ''}`).sort().join(',');
}

/**
 * Splits a page of events (ordered by building, then seq, each with its buildingId) into the
 * histories it completes and the last building's, which the next page may continue.
 * open: the history left open by the previous page, or null. Histories are {id, events}, the
 * events without buildingId, as the record's history lists them.
 */
export function pageHistories(open, events) {
  const histories = open ? [{ id: open.id, events: [...open.events] }] : [];
  for (const { buildingId, ...event } of events) {
    const last = histories[histories.length - 1];
    if (last && last.id === buildingId) last.events.push(event);
    else histories.push({ id: buildingId, events: [event] });
  }
  const next = histories.pop() || null;
  return { done: histories, open: next };
}

function keep(histories) {
  return putCachedHistories(histories.map(({ id, events }) => ({ id, body: { buildingId: id, events } })));
}

/**
 * Fetches the histories of the user's streets unless the kept buildings are those of the last
 * complete sync; resolves to the number of buildings whose history is kept, or null when
 * skipped. Errors (the network gone) are thrown; what came before them stays kept.
 */
export async function syncHistories(user) {
  if (!user || !Array.isArray(user.scope) || user.scope.length === 0) return null;
  const key = versionsKey(await cachedBuildings());
  if (key === await metaValue(SYNCED_VERSIONS)) return null;
  const ids = new Set();
  let open = null;
  await forEachPage(urls.histories(streetsQuery(user.scope)), async (page) => {
    const split = pageHistories(open, Array.isArray(page.events) ? page.events : []);
    open = split.open;
    split.done.forEach((h) => ids.add(h.id));
    await keep(split.done);
  });
  if (open) {
    ids.add(open.id);
    await keep([open]);
  }
  await keepHistoriesOf(ids);
  await putMetaValue(SYNCED_VERSIONS, key);
  return ids.size;
}
