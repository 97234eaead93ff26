// The outbox's items in IndexedDB (database "housesafe-outbox", store "items", keyed by item
// id): they outlive the page, the browser and a restart of the phone. Photos are kept as the
// Blobs the camera gave (IndexedDB stores Blobs by structured clone). memoryStore() has the
// same three methods, for node tests and for a browser where IndexedDB is unavailable.

import { promised } from '../../shared/offline/store.js';

const DB_NAME = 'housesafe-outbox';
const STORE = 'items';

/** {all(), put(item), remove(id)} over IndexedDB; rejects when it cannot be opened. */
export async function openStore(idb = globalThis.indexedDB) {
  if (!idb) throw new Error('IndexedDB unavailable');
  const open = idb.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  const db = await promised(open);
  const run = (mode, fn) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = fn(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(result.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return {
    all: () => run('readonly', (s) => s.getAll()),
    put: (item) => run('readwrite', (s) => s.put(item)),
    remove: (id) => run('readwrite', (s) => s.delete(id)),
  };
}

/** The same interface in memory (lost with the page). */
export function memoryStore(initial = []) {
  const items = new Map(initial.map((i) => [i.id, i]));
  return {
    all: async () => [...items.values()],
    put: async (item) => { items.set(item.id, item); },
    remove: async (id) => { items.delete(id); },
  };
}
