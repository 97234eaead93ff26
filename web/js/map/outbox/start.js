// The outbox of the map page: its items from IndexedDB (in memory when the browser refuses it,
// e.g. a private window), sent at once, on page load and whenever the browser comes back
// online; followSent() tells the map about every write the server accepted.

import { Outbox } from './outbox.js';
import { openStore, memoryStore } from './store.js';
import { transport } from './transport.js';
import { newUuid } from '../uuid.js';

/** Opens the outbox of user (username, or null when unknown) and starts sending. */
export async function startOutbox(user) {
  const store = await openStore().catch((err) => {
    console.warn('outbox kept in memory only', err);
    return memoryStore();
  });
  const outbox = await new Outbox({ store, transport, user, isOnline: () => navigator.onLine, newId: newUuid }).load();
  window.addEventListener('online', () => outbox.resume());
  outbox.kick();
  return outbox;
}

/**
 * Calls fn(item) once for every write sent from now on that came back with a Feature (the
 * building as it is after it), in the order sent.
 */
export function followSent(outbox, fn) {
  const seen = new Set(outbox.list().filter((i) => i.state === 'sent').map((i) => i.id));
  outbox.subscribe((items) => {
    for (const i of items) {
      if (i.state !== 'sent' || seen.has(i.id)) continue;
      seen.add(i.id);
      if (i.result && i.result.feature) fn(i);
    }
  });
}

/**
 * Queues fields and waits for the first try: {state: 'sent', result} or {state: 'queued'}
 * (offline, or the server could not be reached: it goes later). A conflict or a refusal is
 * taken back out of the outbox and thrown, for the form that still holds what was typed to
 * show it, as it would without an outbox.
 */
export async function submitThrough(outbox, fields) {
  const queued = await outbox.add(fields);
  const { item, error } = await outbox.attempt(queued.id);
  if (!item) return { state: 'dropped' };
  if (item.state === 'sent') return { state: 'sent', result: item.result };
  if (item.state === 'waiting' || !error) return { state: 'queued', item };
  await outbox.drop(item.id);
  throw error;
}
