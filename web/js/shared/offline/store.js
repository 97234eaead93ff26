// The offline copy of the user's data in IndexedDB, read and written by the pages and by the
// service worker (sw.js) alike: the buildings of the user's streets (full records with their
// ETag; summaries only from an older sync), histories, a few small answers the pages
// need to start (who am I, configuration, boundaries), the time of the last sync, and the index
// of the basemap tiles kept by the worker. No DOM: usable in a worker.
//
// For other modules (the outbox): cachedBuilding(id) → {feature, etag, full} | null and
// putCachedBuilding(feature, etag) after a write, so that the offline record shows it.

const DB_NAME = 'housesafe-offline';
const DB_VERSION = 1;
/** Stores holding one user's data, emptied at sign-in and sign-out. */
const USER_STORES = ['buildings', 'events', 'responses', 'meta'];

let opening = null;

/** An IndexedDB request as a promise of its result (the outbox's store uses it too). */
export function promised(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
    tx.onerror = () => reject(tx.error);
  });
}

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('buildings', { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: 'id' });
        db.createObjectStore('responses', { keyPath: 'url' });
        db.createObjectStore('meta', { keyPath: 'name' });
        db.createObjectStore('tiles', { keyPath: 'url' }).createIndex('at', 'at');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    });
  }
  return opening;
}

async function read(store, key) {
  const db = await open();
  return promised(db.transaction(store).objectStore(store).get(key));
}

async function write(store, value) {
  const db = await open();
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value);
  return done(tx);
}

/** The ETag of a Feature when the header is missing: the API's ETag is the quoted version. */
export function etagOf(feature) {
  const v = feature && feature.properties && feature.properties.version;
  return v == null ? null : `"${v}"`;
}

/** Whether feature is a full record (every block and allowedActions), not a list summary. */
function isFull(feature) {
  return Array.isArray(feature.properties && feature.properties.allowedActions);
}

/** The cached building {feature, etag, full} (full: a record with every block), or null. */
export async function cachedBuilding(id) {
  return (await read('buildings', String(id))) || null;
}

/** Keeps a building's full record (as GET /api/buildings/{id} or a write answered it) and its ETag. */
export function putCachedBuilding(feature, etag = null) {
  return write('buildings', { id: String(feature.id), feature, etag, full: true });
}

/** Every cached building's feature. */
export async function cachedBuildings() {
  const db = await open();
  const rows = await promised(db.transaction('buildings').objectStore('buildings').getAll());
  return rows.map((r) => r.feature);
}

/**
 * Replaces the cached buildings with the features of a sync (full records, from the list's
 * detail=full, or summaries) and records the sync's time. A full record of the same version is
 * kept rather than a summary: it says more.
 */
export async function replaceBuildings(features, syncedAt) {
  const db = await open();
  const tx = db.transaction(['buildings', 'meta'], 'readwrite');
  const store = tx.objectStore('buildings');
  const old = new Map((await promised(store.getAll())).map((r) => [r.id, r]));
  store.clear();
  for (const feature of features) {
    const id = String(feature.id);
    const before = old.get(id);
    const full = isFull(feature);
    const same = before && before.full && before.feature.properties.version === feature.properties.version;
    store.put(same && !full ? before : { id, feature, etag: full ? etagOf(feature) : null, full });
  }
  tx.objectStore('meta').put({ name: 'syncedAt', value: syncedAt });
  return done(tx);
}

/** When the user's buildings were last synced (ISO-8601 UTC), or null. */
export function syncedAt() {
  return metaValue('syncedAt');
}

export async function cachedEvents(id) {
  const row = await read('events', String(id));
  return row ? row.body : null;
}

export function putCachedEvents(id, body) {
  return write('events', { id: String(id), body });
}

/** Keeps several buildings' histories ([{id, body}], body as putCachedEvents) in one transaction. */
export async function putCachedHistories(histories) {
  const db = await open();
  const tx = db.transaction('events', 'readwrite');
  histories.forEach(({ id, body }) => tx.objectStore('events').put({ id: String(id), body }));
  return done(tx);
}

/** Forgets the kept histories of the buildings not in ids (a Set of ids). */
export async function keepHistoriesOf(ids) {
  const db = await open();
  const tx = db.transaction('events', 'readwrite');
  const store = tx.objectStore('events');
  (await promised(store.getAllKeys())).filter((id) => !ids.has(id)).forEach((id) => store.delete(id));
  return done(tx);
}

/** A value kept under name with the user's data (sync bookkeeping), or null. */
export async function metaValue(name) {
  const row = await read('meta', name);
  return row ? row.value : null;
}

export function putMetaValue(name, value) {
  return write('meta', { name, value });
}

/** A small JSON answer kept by URL (path and query), or null. */
export async function cachedResponse(url) {
  const row = await read('responses', url);
  return row ? row.body : null;
}

export function putCachedResponse(url, body) {
  return write('responses', { url, body });
}

/** Forgets the signed-in user's data (at sign-in and sign-out); basemap tiles stay. */
export async function clearUserData() {
  const db = await open();
  const tx = db.transaction(USER_STORES, 'readwrite');
  USER_STORES.forEach((s) => tx.objectStore(s).clear());
  return done(tx);
}

/** The basemap tile index, oldest first: [{url, bytes, at}]. */
export async function tileIndex() {
  const db = await open();
  return promised(db.transaction('tiles').objectStore('tiles').index('at').getAll());
}

export function putTile(entry) {
  return write('tiles', entry);
}

/** Marks a kept tile as used now (it is then dropped last). */
export async function touchTile(url) {
  const db = await open();
  const tx = db.transaction('tiles', 'readwrite');
  const store = tx.objectStore('tiles');
  const row = await promised(store.get(url));
  if (row) store.put({ ...row, at: Date.now() });
  return done(tx);
}

export async function deleteTiles(urls) {
  const db = await open();
  const tx = db.transaction('tiles', 'readwrite');
  urls.forEach((u) => tx.objectStore('tiles').delete(u));
  return done(tx);
}
