// The API as the worker passes it on: every request goes to the server; the answers a page needs
// offline are kept in IndexedDB on the way back (who am I, configuration, boundaries, records
// and histories), and when the server cannot be reached they are answered from there: the
// buildings list from the synced buildings of the user's streets (offline-query.js). Signing in
// or out forgets the previous user's data. Answers from the copy carry X-HouseSafe-Offline: true.

import {
  cachedBuilding, cachedBuildings, cachedEvents, cachedResponse, clearUserData,
  putCachedBuilding, putCachedEvents, putCachedResponse,
} from '../shared/offline/store.js';
import { offlineList } from '../shared/offline/offline-query.js';
import { reportNetwork } from './network-state.js';
import { urls } from '../shared/urls.js';

/** The API's paths: the worker passes them on and watches the network through them. */
export const API_PATH = /^\/api\//;
const KEPT = /^\/api\/(?:me|config|admin-units)$/;
const RECORD = /^\/api\/buildings\/([^/]+)$/;
const HISTORY = /^\/api\/buildings\/([^/]+)\/events$/;

/** How an answer is kept ({save(body, etag)}) and answered offline ({load() → {body, etag} | null}). */
function copyOf(url) {
  const path = url.pathname;
  const key = path + url.search;
  if (KEPT.test(path)) {
    return { save: (body) => putCachedResponse(key, body), load: async () => ({ body: await cachedResponse(key) }) };
  }
  let m = RECORD.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return {
      save: (body, etag) => putCachedBuilding(body, etag),
      load: async () => {
        const row = await cachedBuilding(id);
        return row && { body: row.feature, etag: row.etag };
      },
    };
  }
  m = HISTORY.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return { save: (body) => putCachedEvents(id, body), load: async () => ({ body: await cachedEvents(id) }) };
  }
  if (path === urls.buildings()) {
    return { save: null, load: async () => ({ body: offlineList(await cachedBuildings(), url.searchParams) }) };
  }
  return null;
}

function offlineAnswer({ body, etag }) {
  const headers = { 'Content-Type': 'application/json', 'X-HouseSafe-Offline': 'true' };
  if (etag) headers.ETag = etag;
  return new Response(JSON.stringify(body), { status: 200, headers });
}

async function keep(copy, response) {
  try {
    await copy.save(await response.json(), response.headers.get('etag'));
  } catch (err) {
    console.warn('offline copy not kept', err); // storage full or disabled: the app works online
  }
}

export async function answerApi(event, scope) {
  const { request } = event;
  const url = new URL(request.url);
  const copy = request.method === 'GET' ? copyOf(url) : null;
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    event.waitUntil(reportNetwork(scope, event, false));
    const kept = copy && await copy.load().catch(() => null);
    if (kept && kept.body != null) return offlineAnswer(kept);
    throw err;
  }
  event.waitUntil(reportNetwork(scope, event, true));
  if (response.ok && copy && copy.save) event.waitUntil(keep(copy, response.clone()));
  if (response.ok && url.pathname === urls.session() && request.method !== 'GET') event.waitUntil(clearUserData());
  return response;
}
