import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  newItem, blockedBy, nextToSend, nextDue, requestOf, backoff, stateAfter, afterAttempt, propagate,
  dependentsOfDrop, reapply, merge, retry, expired, counts, pendingFor, photoRef, fateUnknown,
} from '../js/map/outbox/queue.js';
import { NetworkError, ProblemError, problemError } from '../js/shared/request.js';
import { newUuid } from '../js/map/uuid.js';

let n = 0;
function add(items, fields, now = 1000) {
  const item = newItem({ method: 'POST', url: `/api/buildings/${fields.buildingId}/events`, body: {}, ...fields },
    items, { now, id: `i${++n}`, key: `k${n}` });
  items.push(item);
  return item;
}
const err = (status, problem = null, retryAfter = null) => Object.assign(problemError(status, '/u', problem), { retryAfter });

test('a new item waits, with its key, its If-Match and the time it was made (UTC)', () => {
  const items = [];
  const a = add(items, { kind: 'action', buildingId: 'b1', ifMatch: '"3"' }, Date.UTC(2026, 0, 2, 3, 4, 5));
  assert.equal(a.state, 'waiting');
  assert.equal(a.createdAt, '2026-01-02T03:04:05.000Z');
  assert.deepEqual(requestOf(a).headers, { 'Idempotency-Key': a.key, 'If-Match': '"3"' });
  assert.equal(a.after, null);
  const create = add(items, { kind: 'create', buildingId: 'b9', method: 'POST', url: '/api/buildings' });
  assert.deepEqual(requestOf(create).headers, { 'Idempotency-Key': create.key }, 'a new building has no If-Match');
});

test('writes of one building go strictly in order, each on the ETag of the one before', () => {
  const items = [];
  const a = add(items, { kind: 'action', buildingId: 'b1', ifMatch: '"3"' });
  const other = add(items, { kind: 'action', buildingId: 'b2', ifMatch: '"7"' });
  const b = add(items, { kind: 'edit', buildingId: 'b1', ifMatch: '"3"' });
  assert.equal(b.after, a.id);
  assert.equal(blockedBy(b, items), 'order');
  assert.equal(nextToSend(items).id, a.id);
  const sent = afterAttempt({ ...a, state: 'sending' }, null, { etag: '"4"' });
  items[0] = sent;
  assert.equal(nextToSend(items).id, other.id, 'the next in line');
  const [chained] = propagate(items, sent);
  assert.equal(chained.id, b.id);
  assert.equal(chained.ifMatch, '"4"');
  assert.equal(chained.after, null);
});

test('a conflict or a refusal holds back the later writes of its building, not of others', () => {
  const items = [];
  const a = add(items, { kind: 'action', buildingId: 'b1' });
  const b = add(items, { kind: 'action', buildingId: 'b1' });
  const c = add(items, { kind: 'action', buildingId: 'b2' });
  items[0] = afterAttempt(a, err(412, { current: { id: 'b1' }, currentETag: '"9"' }), null);
  assert.equal(items[0].state, 'conflict');
  assert.deepEqual(items[0].conflict, { current: { id: 'b1' }, currentETag: '"9"' });
  assert.equal(nextToSend(items).id, c.id);
  assert.equal(blockedBy(b, items), 'order');
  items[0] = afterAttempt(a, err(422, { title: 'Invalid' }), null);
  assert.equal(items[0].state, 'refused');
  assert.equal(blockedBy(b, items), 'order');
});

test('what each answer does', () => {
  assert.equal(stateAfter(null), 'sent');
  assert.equal(stateAfter(err(412)), 'conflict');
  for (const s of [400, 403, 404, 409, 422, 428]) assert.equal(stateAfter(err(s)), 'refused', `HTTP ${s}`);
  for (const s of [401, 408, 429, 500, 502, 503]) assert.equal(stateAfter(err(s)), 'waiting', `HTTP ${s}`);
  assert.equal(stateAfter(err(409, { type: 'https://housesafe.example/problems/request-in-progress' })), 'waiting');
  assert.equal(stateAfter(new NetworkError('/u', new TypeError('Failed to fetch'))), 'waiting');
});

test('a failure of unknown fate keeps the key and backs off, doubling, or as Retry-After says', () => {
  const items = [];
  const a = add(items, { kind: 'action', buildingId: 'b1' });
  const once = afterAttempt(a, new NetworkError('/u', new TypeError('x')), null, 10_000);
  assert.equal(once.state, 'waiting');
  assert.equal(once.key, a.key);
  assert.equal(once.notBefore, 12_000);
  assert.equal(nextToSend([once], 11_000), null, 'not before its time');
  assert.equal(nextDue([once], 11_000), 12_000);
  assert.equal(nextToSend([once], 12_000).id, a.id);
  const twice = afterAttempt(once, err(500), null, 20_000);
  assert.equal(twice.notBefore, 24_000);
  const busy = afterAttempt(twice, err(503, null, 7), null, 30_000);
  assert.equal(busy.notBefore, 37_000, 'Retry-After: 7');
  assert.equal(backoff(20), 300_000, 'at most five minutes');
  assert.equal(busy.error.status, 503);
});

test('an action waits for its photo and gets the photo id in its payload', () => {
  const items = [];
  const photo = add(items, { kind: 'photo', buildingId: 'b1', url: '/api/buildings/b1/photos', body: { name: 'a.jpg' } });
  const action = add(items, { kind: 'action', buildingId: 'b1', body: { action: 'survey', payload: { photos: [photoRef(photo.id), 'p0'] } } });
  assert.equal(action.after, null, 'a photo does not chain the writes');
  assert.equal(blockedBy(action, items), 'photo');
  assert.equal(nextToSend(items).id, photo.id);
  const sent = afterAttempt(photo, null, { photoId: 'p1' });
  items[0] = sent;
  const [filled] = propagate(items, sent);
  assert.deepEqual(filled.body.payload.photos, ['p1', 'p0']);
  items[1] = filled;
  assert.equal(blockedBy(filled, items), null);
});

test('dropping an item: the next write takes its base, an action loses the dropped photo', () => {
  const items = [];
  const photo = add(items, { kind: 'photo', buildingId: 'b1', body: {} });
  const a = add(items, { kind: 'edit', buildingId: 'b1', ifMatch: '"2"' });
  const b = add(items, { kind: 'action', buildingId: 'b1', body: { action: 'survey', payload: { photos: [photoRef(photo.id)] } } });
  const [next] = dependentsOfDrop(items, a);
  assert.equal(next.id, b.id);
  assert.equal(next.after, null);
  assert.equal(next.ifMatch, '"2"');
  const [without] = dependentsOfDrop(items, photo);
  assert.deepEqual(without.body.payload, {});
});

test('a conflict re-applied: same body, the current ETag, a new key, waiting', () => {
  const items = [];
  const a = add(items, { kind: 'edit', buildingId: 'b1', ifMatch: '"2"', body: { properties: { basic: { address: 'mine' } } } });
  const c = afterAttempt(a, err(412, { current: { id: 'b1', properties: { version: 3 } }, currentETag: '"3"' }), null);
  const again = reapply(c, 'k-new');
  assert.equal(again.state, 'waiting');
  assert.equal(again.ifMatch, '"3"');
  assert.equal(again.key, 'k-new');
  assert.deepEqual(again.body, a.body);
  assert.equal(again.conflict, null);
  assert.equal(again.base.properties.version, 3);
});

test('a merge keeps the fields the inspector chose as theirs out of the patch', () => {
  const items = [];
  const a = add(items, { kind: 'edit', buildingId: 'b1', body: { properties: { basic: { address: 'A', floorsAbove: 3 } } } });
  const c = afterAttempt(a, err(412, { current: {}, currentETag: '"5"' }), null);
  const merged = merge(c, { address: 'theirs', floorsAbove: 'mine' }, 'k2');
  assert.deepEqual(merged.body, { properties: { basic: { floorsAbove: 3 } } });
  assert.equal(merged.ifMatch, '"5"');
  assert.equal(merge(c, { address: 'theirs', floorsAbove: 'theirs' }, 'k3'), null, 'nothing left to send');
});

test('a refused item sent again gets a new key', () => {
  const items = [];
  const a = add(items, { kind: 'action', buildingId: 'b1' });
  const r = retry(afterAttempt(a, err(403), null), 'k9');
  assert.equal(r.state, 'waiting');
  assert.equal(r.key, 'k9');
  assert.equal(r.error, null);
});

test('sent items stay visible 24 h, at most the last 50; counts and pending writes', () => {
  const items = [];
  for (let i = 0; i < 53; i++) {
    const a = add(items, { kind: 'action', buildingId: `b${i}` });
    items[items.length - 1] = afterAttempt(a, null, {}, i < 2 ? 0 : 90_000_000);
  }
  const w = add(items, { kind: 'action', buildingId: 'b1' });
  const gone = expired(items, 90_000_000);
  assert.equal(gone.length, 3, 'two older than 24 h, and one more beyond the 50 newest');
  assert.deepEqual(counts(items), { unsent: 1, conflicts: 0, refused: 0 });
  assert.deepEqual(pendingFor(items, 'b1').map((i) => i.id), [w.id]);
});

test('only failures that may have reached the server keep the key', () => {
  assert.equal(fateUnknown(new NetworkError('/x')), true);
  assert.equal(fateUnknown(new ProblemError(500, '/x', null)), true);
  assert.equal(fateUnknown(new ProblemError(409, '/x', { type: '/problems/request-in-progress' })), true);
  assert.equal(fateUnknown(new ProblemError(409, '/x', { type: '/problems/illegal-transition' })), false);
  assert.equal(fateUnknown(new ProblemError(412, '/x', null)), false);
  assert.equal(fateUnknown(null), false);
});

test('UUIDs are version 4, also without crypto.randomUUID', () => {
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(newUuid(), re);
  const fallback = newUuid({ getRandomValues: (b) => b.fill(255) });
  assert.match(fallback, re);
  assert.equal(fallback, 'ffffffff-ffff-4fff-bfff-ffffffffffff');
});

test('a building created offline keeps its client id; an edit of it goes on the ETag of its creation', () => {
  const items = [];
  const feature = { type: 'Feature', id: 'c-1', geometry: null, properties: { basic: { houseCode: 'HX-1' } } };
  const create = add(items, { kind: 'create', buildingId: 'c-1', url: '/api/buildings', body: feature });
  const edit = add(items, { kind: 'edit', buildingId: 'c-1', method: 'PATCH', url: '/api/buildings/c-1' });
  assert.equal(edit.after, create.id);
  const once = afterAttempt(create, new NetworkError('/u', new TypeError('x')), null);
  assert.equal(requestOf(once).body.id, 'c-1');
  assert.equal(requestOf(once).headers['Idempotency-Key'], create.key, 'the replay is recognised by the server');
  const sent = afterAttempt(once, null, { etag: '"1"' });
  assert.equal(propagate([sent, edit], sent)[0].ifMatch, '"1"');
});

test('a photo uploaded while its form was open is cited by id at once', () => {
  const items = [];
  const photo = add(items, { kind: 'photo', buildingId: 'b1', body: {} });
  items[0] = afterAttempt(photo, null, { photoId: 'p-9' });
  const action = add(items, { kind: 'action', buildingId: 'b1', body: { action: 'survey', payload: { photos: [photoRef(photo.id)] } } });
  assert.deepEqual(action.body.payload.photos, ['p-9']);
  assert.equal(blockedBy(action, items), null);
});
