import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Outbox } from '../js/map/outbox/outbox.js';
import { memoryStore } from '../js/map/outbox/store.js';
import { photoRef } from '../js/map/outbox/queue.js';
import { itemError } from '../js/map/outbox/pending-view.js';
import { NetworkError, problemError } from '../js/shared/request.js';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

/** A server that answers from a script: fn(item, calls) returns a result or throws. */
function server(fn) {
  const calls = [];
  const transport = async (item) => {
    calls.push({ id: item.id, key: item.key, ifMatch: item.ifMatch, body: item.body });
    return fn(item, calls);
  };
  return { calls, transport };
}

async function outbox({ store = memoryStore(), transport, online = { value: true }, user = 'ann' } = {}) {
  return new Outbox({ store, transport, user, isOnline: () => online.value, newId: ids(), setTimer: () => 0 }).load();
}

const write = (buildingId, extra = {}) => ({ kind: 'action', buildingId, method: 'POST', url: `/b/${buildingId}`, body: { action: 'survey', payload: {} }, ifMatch: '"1"', ...extra });

test('online, a write is sent at once and attempt() gives its answer', async () => {
  const s = server(() => ({ etag: '"2"', feature: { id: 'b1' } }));
  const box = await outbox({ transport: s.transport });
  const item = await box.add(write('b1'));
  const { item: done, error } = await box.attempt(item.id);
  assert.equal(done.state, 'sent');
  assert.equal(error, null);
  assert.equal(s.calls.length, 1);
});

test('offline nothing is sent; the items survive a reload and go in order when back online', async () => {
  const store = memoryStore();
  const online = { value: false };
  const s = server((item, calls) => ({ etag: `"${calls.length + 1}"`, feature: { id: item.buildingId } }));
  const first = await outbox({ store, transport: s.transport, online });
  const a = await first.add(write('b1'));
  assert.equal((await first.attempt(a.id)).item.state, 'waiting', 'offline: the form hears at once');
  await first.add(write('b2'));
  await first.add(write('b1', { kind: 'edit', method: 'PATCH' }));
  assert.equal(s.calls.length, 0);

  online.value = true;
  const second = await outbox({ store, transport: s.transport, online }); // the page reopened
  assert.equal(second.list().length, 3);
  second.kick();
  const last = second.list()[2];
  assert.equal((await second.attempt(last.id)).item.state, 'sent');
  assert.deepEqual(s.calls.map((c) => c.ifMatch), ['"1"', '"1"', '"2"'], 'the edit went on the ETag of the survey before it');
  assert.ok(second.list().every((i) => i.state === 'sent'));
});

test('a network failure leaves the item waiting with the same key; the retry sends that key again', async () => {
  let fail = true;
  const s = server(() => {
    if (fail) throw new NetworkError('/b', new TypeError('Failed to fetch'));
    return { etag: '"2"' };
  });
  let now = 1000;
  const box = new Outbox({ store: memoryStore(), transport: s.transport, newId: ids(), now: () => now, setTimer: () => 0 });
  await box.load();
  const item = await box.add(write('b1'));
  const { item: waiting, error } = await box.attempt(item.id);
  assert.equal(waiting.state, 'waiting');
  assert.ok(error instanceof NetworkError, 'the form gets the error itself');
  fail = false;
  now += 2000;
  box.kick();
  assert.equal((await box.attempt(item.id)).item.state, 'sent');
  assert.equal(s.calls[0].key, s.calls[1].key);
});

test('a page closed while sending sends again with the same key', async () => {
  const store = memoryStore([{ ...write('b1'), id: 'x', seq: 1, key: 'k', state: 'sending', attempts: 0, notBefore: 0, after: null }]);
  const s = server(() => ({ etag: '"2"' }));
  const box = await outbox({ store, transport: s.transport });
  assert.equal(box.get('x').state, 'waiting');
  box.kick();
  assert.equal((await box.attempt('x')).item.state, 'sent');
  assert.equal(s.calls[0].key, 'k');
});

test('a photo is uploaded first and the action carries its id', async () => {
  const s = server((item) => (item.kind === 'photo' ? { photoId: 'p-1' } : { etag: '"2"' }));
  const online = { value: false };
  const box = await outbox({ transport: s.transport, online });
  const photo = await box.add({ kind: 'photo', buildingId: 'b1', method: 'POST', url: '/b/b1/photos', body: { name: 'a.jpg' } });
  const action = await box.add(write('b1', { body: { action: 'survey', payload: { photos: [photoRef(photo.id)] } } }));
  online.value = true;
  box.kick();
  assert.equal((await box.attempt(action.id)).item.state, 'sent');
  assert.deepEqual(s.calls[1].body.payload.photos, ['p-1']);
});

test('a 412 stops the building\'s later writes until re-applied on the current ETag with a new key', async () => {
  let stale = true;
  const s = server((item) => {
    if (stale && item.kind === 'edit') throw problemError(412, '/b', { current: { id: 'b1' }, currentETag: '"5"' });
    return { etag: '"6"' };
  });
  const online = { value: false };
  const box = await outbox({ transport: s.transport, online });
  const edit = await box.add(write('b1', { kind: 'edit', method: 'PATCH' }));
  const later = await box.add(write('b1'));
  online.value = true;
  box.kick();
  assert.equal((await box.attempt(edit.id)).item.state, 'conflict');
  assert.equal(box.get(later.id).state, 'waiting', 'held back, never sent on a stale base');
  assert.equal(s.calls.length, 1);
  stale = false;
  await box.resolve(edit.id, 'reapply');
  assert.equal((await box.attempt(later.id)).item.state, 'sent');
  assert.equal(s.calls[1].ifMatch, '"5"');
  assert.notEqual(s.calls[1].key, s.calls[0].key);
  assert.equal(s.calls[2].ifMatch, '"6"');
});

test('a refusal stays with its reason until dropped; dropping frees the next write', async () => {
  const s = server((item) => {
    if (item.body.action === 'recheck') throw problemError(409, '/b', { title: 'Not allowed now', allowedActions: ['survey'] });
    return { etag: '"3"' };
  });
  const online = { value: false };
  const box = await outbox({ transport: s.transport, online });
  const bad = await box.add(write('b1', { body: { action: 'recheck', payload: {} } }));
  const next = await box.add(write('b1'));
  online.value = true;
  box.kick();
  const { item } = await box.attempt(bad.id);
  assert.equal(item.state, 'refused');
  assert.equal(item.error.status, 409);
  assert.deepEqual(item.error.problem.allowedActions, ['survey']);
  assert.equal(itemError(item).status, 409, 'the reason, rebuilt after a restart, in the language of the day');
  assert.notEqual(itemError(item).userMessage(), '');
  await box.drop(bad.id);
  assert.equal((await box.attempt(next.id)).item.state, 'sent');
  assert.equal(s.calls[1].ifMatch, '"1"', 'on what the dropped write was based on');
});

test('another user\'s items on this phone are neither listed nor sent', async () => {
  const store = memoryStore([{ ...write('b1'), id: 'x', seq: 1, key: 'k', user: 'bob', state: 'waiting', attempts: 0, notBefore: 0, after: null }]);
  const s = server(() => ({ etag: '"2"' }));
  const box = await outbox({ store, transport: s.transport });
  box.kick();
  await box.attempt('x');
  assert.deepEqual(box.list(), []);
  assert.equal(s.calls.length, 0);
});

test('back online, an item waiting for its retry time goes at once', async () => {
  let fail = true;
  const s = server(() => {
    if (fail) throw new NetworkError('/b', new TypeError('Failed to fetch'));
    return { etag: '"2"' };
  });
  const box = await outbox({ transport: s.transport });
  const item = await box.add(write('b1'));
  assert.ok((await box.attempt(item.id)).item.notBefore > Date.now(), 'backing off');
  fail = false;
  await box.resume();
  assert.equal((await box.attempt(item.id)).item.state, 'sent');
});
