// The outbox: every write of the map page (action, attribute or footprint edit, new building,
// photo) is added here first, online or not, and a single sender replays the items in order
// (queue.js says which goes next and what each answer does). Items live in a store (store.js:
// IndexedDB in the browser); subscribers hear every change. No DOM: the page load calls
// kick() and the browser's online event resume() (start.js).

import * as q from './queue.js';

const SETTLED = ['sent', 'conflict', 'refused'];

export class Outbox {
  /**
   * store: {all, put, remove}; transport(item) → result ({etag, feature} or {photoId, …}),
   * throwing request.js errors; user: the signed-in username (others' items are left alone),
   * or null when unknown; isOnline(), now(), newId(), setTimer(fn, ms) for tests.
   */
  constructor({ store, transport, user = null, isOnline = () => true, now = Date.now, newId, setTimer = setTimeout }) {
    Object.assign(this, { store, transport, user, isOnline, now, newId, setTimer });
    this.items = [];
    this.listeners = new Set();
    this.waiters = new Set();
    this.errors = new Map(); // id → the last error object of this page's life (for the form)
    this.progress = new Map(); // id → fn(fraction) while a photo uploads
    this.running = false;
    this.timer = null;
  }

  /** Loads the stored items; an item left 'sending' by a closed page waits again, same key. */
  async load() {
    const stored = await this.store.all();
    this.items = [];
    for (const i of stored) {
      const item = i.state === 'sending' ? { ...i, state: 'waiting', notBefore: 0 } : i;
      if (item !== i) await this.store.put(item);
      this.items.push(item);
    }
    for (const id of q.expired(this.items, this.now())) await this.forget(id);
    this.notify();
    return this;
  }

  /** This user's items (all when the user is unknown), oldest first. */
  list() {
    return this.items.filter((i) => !this.user || !i.user || i.user === this.user).sort((a, b) => a.seq - b.seq);
  }

  get(id) {
    return this.items.find((i) => i.id === id) || null;
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  notify() {
    for (const fn of this.listeners) fn(this.list());
  }

  async save(item) {
    const n = this.items.findIndex((i) => i.id === item.id);
    if (n >= 0) this.items[n] = item;
    else this.items.push(item);
    await this.store.put(item);
  }

  async forget(id) {
    this.items = this.items.filter((i) => i.id !== id);
    this.errors.delete(id);
    await this.store.remove(id);
  }

  /** Queues a write (fields as queue.newItem takes them) and starts sending; returns the item. */
  async add(fields) {
    const item = q.newItem(fields, this.list(), { now: this.now(), id: this.newId(), key: this.newId(), user: this.user });
    await this.save(item);
    this.notify();
    this.kick();
    return item;
  }

  /**
   * Resolves with {item, error} once item has had its chance now: settled (sent, conflict,
   * refused), or tried and left waiting, or not sendable at all now (offline, behind an
   * unsent write, waiting for a retry time). The form that queued it decides what to show.
   */
  attempt(id) {
    const start = this.get(id);
    if (!start) return Promise.resolve({ item: null, error: null });
    return new Promise((resolve) => {
      const check = () => {
        const item = this.get(id);
        const done = !item || SETTLED.includes(item.state)
          || (item.state === 'waiting' && (item.attempts > start.attempts || !this.running));
        if (!done) return;
        this.waiters.delete(check);
        resolve({ item, error: (item && this.errors.get(id)) || null });
      };
      this.waiters.add(check);
      if (this.isOnline()) this.kick();
      check();
    });
  }

  wake() {
    for (const w of [...this.waiters]) w();
  }

  /** Sends what can be sent now, one item at a time; schedules itself for the next retry. */
  kick() {
    if (this.running) return;
    this.running = true;
    this.pump().finally(() => {
      this.running = false;
      this.wake();
    });
  }

  async pump() {
    while (this.isOnline()) {
      const item = q.nextToSend(this.list(), this.now());
      if (!item) break;
      await this.sendOne(item);
    }
    const due = q.nextDue(this.list(), this.now());
    if (this.timer) clearTimeout(this.timer);
    this.timer = due == null ? null : this.setTimer(() => { this.timer = null; this.kick(); }, due - this.now());
  }

  async sendOne(item) {
    const sending = { ...item, state: 'sending' };
    await this.save(sending);
    this.notify();
    let result = null;
    let error = null;
    try {
      result = await this.transport(sending, (f) => this.progress.get(item.id)?.(f));
    } catch (err) {
      error = err;
    }
    if (!this.get(item.id)) return; // dropped while on its way (a photo removed from its form)
    const after = q.afterAttempt(sending, error, result, this.now());
    if (error) this.errors.set(item.id, error);
    else this.errors.delete(item.id);
    await this.save(after);
    if (after.state === 'sent') for (const changed of q.propagate(this.items, after)) await this.save(changed);
    this.notify();
    this.wake();
  }

  /** The network is back: what waits for a retry time goes now. */
  async resume() {
    for (const i of this.list()) if (i.state === 'waiting' && i.notBefore > 0) await this.save({ ...i, notBefore: 0 });
    this.kick();
  }

  /** Removes an unsent item (the inspector dropped it, or took it back into its form). */
  async drop(id) {
    const item = this.get(id);
    if (!item) return;
    for (const changed of q.dependentsOfDrop(this.items, item)) await this.save(changed);
    await this.forget(id);
    this.notify();
    this.kick();
  }

  /** Replaces a conflicting or refused item by its resolution (queue.js reapply, merge, retry). */
  async resolve(id, how, choices = {}) {
    const item = this.get(id);
    if (!item) return;
    const key = this.newId();
    const next = how === 'merge' ? q.merge(item, choices, key) : how === 'reapply' ? q.reapply(item, key) : q.retry(item, key);
    if (!next) {
      await this.drop(id);
      return;
    }
    this.errors.delete(id);
    await this.save(next);
    this.notify();
    this.kick();
  }
}
