import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageHistories, versionsKey } from '../js/shared/offline/history-sync.js';

const ev = (buildingId, seq) => ({ buildingId, seq, type: 'survey' });
const entry = (seq) => ({ seq, type: 'survey' });

test('a page is split into the histories it completes and the last one, left open', () => {
  const { done, open } = pageHistories(null, [ev('a', 1), ev('a', 2), ev('b', 1), ev('c', 1), ev('c', 2)]);
  assert.deepEqual(done, [{ id: 'a', events: [entry(1), entry(2)] }, { id: 'b', events: [entry(1)] }]);
  assert.deepEqual(open, { id: 'c', events: [entry(1), entry(2)] });
});

test('the next page continues the open history, without changing the one passed in', () => {
  const first = pageHistories(null, [ev('a', 1), ev('b', 1)]);
  const { done, open } = pageHistories(first.open, [ev('b', 2), ev('b', 3), ev('c', 1)]);
  assert.deepEqual(done, [{ id: 'b', events: [entry(1), entry(2), entry(3)] }]);
  assert.deepEqual(open, { id: 'c', events: [entry(1)] });
  assert.deepEqual(first.open, { id: 'b', events: [entry(1)] });
});

test('a page wholly inside one history completes none', () => {
  const { done, open } = pageHistories({ id: 'a', events: [entry(1)] }, [ev('a', 2)]);
  assert.deepEqual(done, []);
  assert.deepEqual(open, { id: 'a', events: [entry(1), entry(2)] });
});

test('an empty page leaves the open history open', () => {
  assert.deepEqual(pageHistories(null, []), { done: [], open: null });
  assert.deepEqual(pageHistories({ id: 'a', events: [] }, []), { done: [], open: { id: 'a', events: [] } });
});

test('events keep every field but buildingId, in the shape of the record history', () => {
  const { open } = pageHistories(null, [{ buildingId: 'a', seq: 1, type: 'edit', payload: { changes: [] }, hash: 'h' }]);
  assert.deepEqual(open.events, [{ seq: 1, type: 'edit', payload: { changes: [] }, hash: 'h' }]);
});

test('the versions key changes with any version or building, not with their order', () => {
  const f = (id, version) => ({ id, properties: { version } });
  const key = versionsKey([f('a', 1), f('b', 2)]);
  assert.equal(versionsKey([f('b', 2), f('a', 1)]), key);
  assert.notEqual(versionsKey([f('a', 1), f('b', 3)]), key);
  assert.notEqual(versionsKey([f('a', 1)]), key);
  assert.notEqual(versionsKey([f('a', 1), f('b', 2), f('c', 1)]), key);
});
