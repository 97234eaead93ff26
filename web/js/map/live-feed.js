// Following GET /api/changes: polls every few seconds with the cursor of the previous answer,
// backs off on errors (a phone on a weak network), pauses while the page is hidden, and hands on
// the changed buildings. Pure: fetch and timers are given, so node tests drive it by hand.
//
// Why polling and not a held request: a poll is one short GET that every proxy, phone radio and
// load balancer handles; a change waits at most POLL_MS plus one round trip, well inside the 5 s
// an edit may take to show on another map.

export const POLL_MS = 2500;
export const MAX_DELAY_MS = 60000;
export const REQUEST_TIMEOUT_MS = 15000;
/** Versions seen are kept longer than the server's overlap (10 s) and a few polls of backoff. */
export const KEEP_SEEN_MS = 120000;

/**
 * Milliseconds before the next poll after `failures` failed polls in a row: POLL_MS when all is
 * well, then doubling up to MAX_DELAY_MS, each wait drawn between half and all of that (so that
 * the phones of a whole district do not all retry in the same second after an outage).
 */
export function nextDelay(failures, random = Math.random) {
  if (failures <= 0) return POLL_MS;
  const ceiling = Math.min(MAX_DELAY_MS, POLL_MS * 2 ** failures);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Which building versions were handed on already. The server repeats a change in the answers
 * of its overlap window: fresh() lets each version through once.
 */
export class SeenChanges {
  constructor(now = Date.now) {
    this.now = now;
    this.versions = new Map(); // id → {version, at}
  }

  /** The changes of a newer version than any seen before for their building; remembers them. */
  fresh(changes) {
    const now = this.now();
    for (const [id, v] of this.versions) if (now - v.at > KEEP_SEEN_MS) this.versions.delete(id);
    const out = [];
    for (const c of changes) {
      const seen = this.versions.get(c.id);
      if (seen && seen.version >= c.version) continue;
      this.versions.set(c.id, { version: c.version, at: now });
      out.push(c);
    }
    return out;
  }
}

/**
 * Polls the change feed. fetchJson(url, {signal}) returns the parsed answer or throws (errors
 * with .status for HTTP answers); changesUrl(cursor) builds the URL; onChanges({all, fresh})
 * receives every change of an answer and those not seen before; onReload() means "redraw
 * everything"; onState('live'|'retrying'|'paused'|'stopped') reports the state.
 */
export class ChangePoller {
  constructor({ fetchJson, changesUrl, onChanges, onReload, onState = () => {}, timers = globalThis, random = Math.random, now = Date.now }) {
    Object.assign(this, { fetchJson, changesUrl, onChanges, onReload, onState, timers, random });
    this.seen = new SeenChanges(now);
    this.cursor = null;
    this.failures = 0;
    this.timer = null;
    this.inFlight = null;
    this.state = 'paused';
    this.lostTrack = false; // the cursor was refused: what happened meanwhile is unknown
  }

  start() {
    this.resume();
  }

  /** Stops polling until resume() (the page was hidden); a request under way is dropped. */
  pause() {
    if (this.state === 'stopped') return;
    this.clear();
    this.setState('paused');
  }

  /** Polls now and from then on (the page is visible again, or the network came back). */
  resume() {
    if (this.state === 'stopped' || this.inFlight) return;
    this.clear();
    this.setState(this.failures ? 'retrying' : 'live');
    this.poll();
  }

  clear() {
    if (this.timer != null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight) this.inFlight.abort();
    this.inFlight = null;
  }

  setState(state) {
    if (state !== this.state) this.onState(state);
    this.state = state;
  }

  async poll() {
    const controller = new AbortController();
    this.inFlight = controller;
    const timeout = this.timers.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let next = null;
    try {
      const answer = await this.fetchJson(this.changesUrl(this.cursor), { signal: controller.signal });
      if (this.inFlight !== controller) return; // paused meanwhile
      this.handle(answer);
      this.failures = 0;
      this.setState('live');
      next = nextDelay(0, this.random);
    } catch (err) {
      if (this.inFlight !== controller) return;
      next = this.failed(err);
    } finally {
      this.timers.clearTimeout(timeout);
      if (this.inFlight === controller) this.inFlight = null;
    }
    if (next != null) this.timer = this.timers.setTimeout(() => { this.timer = null; this.poll(); }, next);
  }

  handle(answer) {
    const first = this.cursor == null;
    const changes = Array.isArray(answer.changes) ? answer.changes : [];
    this.cursor = typeof answer.cursor === 'string' ? answer.cursor : null;
    if (answer.reload || (first && this.lostTrack)) {
      this.lostTrack = false;
      this.onReload();
    } else if (changes.length) {
      this.onChanges({ all: changes, fresh: this.seen.fresh(changes) });
    }
  }

  /** Returns the delay before the next try, or null to stop. */
  failed(err) {
    const status = err && err.status;
    if (status === 401 || status === 403) {
      this.setState('stopped'); // signed out: the page is on its way to the login
      return null;
    }
    if (status === 400) {
      this.cursor = null; // a cursor the server no longer reads: start over, then redraw
      this.lostTrack = true;
    }
    this.failures += 1;
    this.setState('retrying');
    return nextDelay(this.failures, this.random);
  }
}
