// The outbox's rules, pure (no DOM, no IndexedDB, no network): what an item is, which one goes
// next, what each answer does to it, and how a conflict is resolved. outbox.js keeps the items
// and sends them; test/outbox-queue.test.js checks every rule here.
//
// An item: {id, seq, user, kind, buildingId, houseCode, label, method, url, contentType, body,
// key (Idempotency-Key), ifMatch, after, base, createdAt, state, error, attempts, notBefore,
// result, sentAt, conflict}. kind is 'action', 'edit', 'footprint', 'create' or 'photo'.
// after: the id of the item of the same building queued just before, whose answer's ETag this
// one is based on (so the inspector's own writes never conflict with each other); base: the
// Feature the inspector saw (the "mine" side of a conflict). A photo is {file: Blob, name} in
// body; an action that carries it names it as photoRef(photo item id) in payload.photos until
// the upload's photo id replaces it.

export const STATES = ['waiting', 'sending', 'sent', 'conflict', 'refused'];
export const PHOTO_REF = 'outbox:';
/** Sent items are kept this long, and at most KEEP_SENT of them, for the inspector to see. */
export const KEEP_SENT_MS = 24 * 3600 * 1000;
export const KEEP_SENT = 50;
const FIRST_DELAY_MS = 2000;
const MAX_DELAY_MS = 5 * 60 * 1000;

export const photoRef = (id) => `${PHOTO_REF}${id}`;
const isRef = (v) => typeof v === 'string' && v.startsWith(PHOTO_REF);

/** The photo references of an item's body (payload.photos), as photo item ids. */
export function photoDeps(item) {
  const photos = item.body && item.body.payload && item.body.payload.photos;
  return Array.isArray(photos) ? photos.filter(isRef).map((v) => v.slice(PHOTO_REF.length)) : [];
}

const unsent = (i) => i.state !== 'sent';

/**
 * A new waiting item from fields (kind, buildingId, method, url, body, ifMatch…), chained after
 * the last unsent write of the same building in items (photos are not chained: an upload
 * changes no building).
 */
export function newItem(fields, items, { now = Date.now(), id, key, user = null }) {
  const seq = items.reduce((m, i) => Math.max(m, i.seq), 0) + 1;
  const before = fields.kind === 'photo' ? null
    : [...items].reverse().find((i) => i.kind !== 'photo' && unsent(i) && i.buildingId === fields.buildingId);
  const item = {
    contentType: 'application/json', ifMatch: null, base: null, houseCode: '', ...fields,
    id, seq, user, key, after: before ? before.id : null,
    createdAt: new Date(now).toISOString(), state: 'waiting', error: null, attempts: 0, notBefore: 0,
    result: null, sentAt: null, conflict: null,
  };
  // Photos uploaded while the form was still open are named by their ids at once.
  const sent = items.filter((i) => i.kind === 'photo' && i.state === 'sent' && photoDeps(item).includes(i.id));
  return sent.reduce((it, photo) => propagate([it], photo)[0] || it, item);
}

/** Why item cannot go yet: 'order' (an earlier write of its building), 'photo', or null. */
export function blockedBy(item, items) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const after = item.after && byId.get(item.after);
  if (after && unsent(after)) return 'order';
  if (photoDeps(item).some((id) => byId.has(id) && unsent(byId.get(id)))) return 'photo';
  return null;
}

/** The next item to send at time now: the first waiting one, due and not blocked; or null. */
export function nextToSend(items, now = Date.now()) {
  return [...items].sort((a, b) => a.seq - b.seq)
    .find((i) => i.state === 'waiting' && i.notBefore <= now && !blockedBy(i, items)) || null;
}

/** The earliest time a waiting item becomes due, or null when none waits for time. */
export function nextDue(items, now = Date.now()) {
  const times = items.filter((i) => i.state === 'waiting' && i.notBefore > now && !blockedBy(i, items)).map((i) => i.notBefore);
  return times.length ? Math.min(...times) : null;
}

/** What to send for item: {method, url, body, contentType, headers}. */
export function requestOf(item) {
  const headers = { 'Idempotency-Key': item.key };
  if (item.ifMatch) headers['If-Match'] = item.ifMatch;
  return { method: item.method, url: item.url, body: item.body, contentType: item.contentType, headers };
}

/** Milliseconds to wait before attempt number attempts + 1: Retry-After when given, else doubling. */
export function backoff(attempts, retryAfterSeconds = null) {
  if (Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) return retryAfterSeconds * 1000;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Whether a failure leaves it unknown whether the server did the work (no answer, 5xx, 408, or
 * the same key still being worked on): the retry must carry the same Idempotency-Key, so that
 * a first try that did arrive is answered, not done twice.
 */
export function fateUnknown(err) {
  if (!err) return false;
  if (!err.status) return true; // no answer at all: network error, unreadable answer
  return err.status >= 500 || err.status === 408 || (err.status === 409 && err.slug === 'request-in-progress');
}

/**
 * The state an answer leads to: 'conflict' for 412 (stale ETag), 'waiting' when it is unknown
 * whether the server did the work or it may work later (no answer, 5xx, 408, 429, 401 — sign in
 * again — and 409 request-in-progress), 'refused' for every other error (400, 403, 404, 409,
 * 422…): the server will not do it as it stands.
 */
export function stateAfter(err) {
  if (!err) return 'sent';
  if (err.status === 412) return 'conflict';
  if (fateUnknown(err) || err.status === 429 || err.status === 401) return 'waiting';
  return 'refused';
}

/** The error kept on an item: enough to say it again, in the language of the day, after a restart. */
export function errorRecord(err) {
  const problem = err.problem && typeof err.problem === 'object' ? err.problem : null;
  const { current, ...rest } = problem || {}; // the current Feature is kept once, in item.conflict
  return { status: err.status || 0, problem: problem ? rest : null };
}

/** item after an attempt that ended with err (null = success with result) at time now. */
export function afterAttempt(item, err, result, now = Date.now()) {
  const state = stateAfter(err);
  const next = { ...item, state, attempts: item.attempts + 1 };
  if (state === 'sent') return { ...next, error: null, result, sentAt: new Date(now).toISOString(), notBefore: 0 };
  next.error = errorRecord(err);
  if (state === 'waiting') next.notBefore = now + backoff(next.attempts, err.retryAfter);
  if (state === 'conflict') {
    const p = err.problem || {};
    next.conflict = { current: p.current || null, currentETag: p.currentETag || null };
  }
  return next;
}

/**
 * The items that change because sent was sent: those chained after it take its answer's ETag,
 * those carrying its photo take the photo's id. Returns the changed copies.
 */
export function propagate(items, sent) {
  const out = [];
  for (const i of items) {
    let next = i;
    if (i.after === sent.id) next = { ...next, after: null, ifMatch: sent.result && sent.result.etag };
    if (sent.kind === 'photo' && photoDeps(i).includes(sent.id)) next = withPhotos(next, (v) => (v === photoRef(sent.id) ? sent.result.photoId : v));
    if (next !== i) out.push(next);
  }
  return out;
}

function withPhotos(item, map) {
  const photos = item.body.payload.photos.map(map).filter(Boolean);
  const payload = { ...item.body.payload, photos };
  if (!photos.length) delete payload.photos;
  return { ...item, body: { ...item.body, payload } };
}

/**
 * The items that change when dropped is dropped: the next write of its building is based on
 * what dropped was based on; an action loses the dropped photo. Returns the changed copies.
 */
export function dependentsOfDrop(items, dropped) {
  const out = [];
  for (const i of items) {
    let next = i;
    if (i.after === dropped.id) next = { ...next, after: dropped.after, ifMatch: dropped.ifMatch };
    if (dropped.kind === 'photo' && photoDeps(i).includes(dropped.id)) next = withPhotos(next, (v) => (v === photoRef(dropped.id) ? null : v));
    if (next !== i) out.push(next);
  }
  return out;
}

function again(item, key, fields) {
  return { ...item, ...fields, key, state: 'waiting', error: null, conflict: null, attempts: 0, notBefore: 0 };
}

/** A conflict re-applied on top of the current building: same body, its ETag, a new key. */
export function reapply(item, key) {
  const c = item.conflict || {};
  return again(item, key, { ifMatch: c.currentETag, base: c.current || item.base, after: null });
}

/**
 * A conflicting attribute edit merged: choices {field: 'mine' | 'theirs'} for the fields of
 * the inspector's patch; the fields kept as theirs leave the patch. Returns the new waiting
 * item on the current ETag, or null when nothing of the inspector's is left to send.
 */
export function merge(item, choices, key) {
  const mine = (item.body && item.body.properties && item.body.properties.basic) || {};
  const kept = Object.fromEntries(Object.entries(mine).filter(([name]) => choices[name] !== 'theirs'));
  if (!Object.keys(kept).length) return null;
  const body = { ...item.body, properties: { ...item.body.properties, basic: kept } };
  return { ...reapply(item, key), body };
}

/** A refused item sent again as it is (after the inspector fixed what was wrong elsewhere). */
export function retry(item, key) {
  return again(item, key, {});
}

/** The ids of sent items no longer worth showing at time now: past 24 h or beyond the 50 newest. */
export function expired(items, now = Date.now()) {
  const sent = items.filter((i) => i.state === 'sent').sort((a, b) => b.seq - a.seq);
  return sent.filter((i, n) => n >= KEEP_SENT || now - Date.parse(i.sentAt) > KEEP_SENT_MS).map((i) => i.id);
}

/** {unsent, conflicts, refused}: what the outbox button shows. */
export function counts(items) {
  return {
    unsent: items.filter(unsent).length,
    conflicts: items.filter((i) => i.state === 'conflict').length,
    refused: items.filter((i) => i.state === 'refused').length,
  };
}

/** The unsent writes of a building (not its photos), oldest first: shown as 待同步 in its record. */
export function pendingFor(items, buildingId) {
  return items.filter((i) => unsent(i) && i.kind !== 'photo' && String(i.buildingId) === String(buildingId))
    .sort((a, b) => a.seq - b.seq);
}
