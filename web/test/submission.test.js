import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Submission, fateUnknown } from '../js/map/record/submission.js';
import { NetworkError, ProblemError } from '../js/shared/request.js';
import { newUuid } from '../js/map/uuid.js';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

test('a retry after a network failure reuses the key', () => {
  const s = new Submission(keys());
  const first = s.keyFor('/api/buildings/1/events', { action: 'survey' }, '"3"');
  s.settle(new NetworkError('/x', new TypeError('Failed to fetch')));
  assert.equal(s.keyFor('/api/buildings/1/events', { action: 'survey' }, '"3"'), first);
  s.settle(new ProblemError(503, '/x', null));
  assert.equal(s.keyFor('/api/buildings/1/events', { action: 'survey' }, '"3"'), first);
});

test('a changed body, a new ETag or a definite answer gets a new key', () => {
  const s = new Submission(keys());
  const a = s.keyFor('/u', { v: 1 }, '"3"');
  const b = s.keyFor('/u', { v: 2 }, '"3"');
  assert.notEqual(a, b);
  const c = s.keyFor('/u', { v: 2 }, '"4"');
  assert.notEqual(b, c);
  s.settle(new ProblemError(422, '/u', null));
  assert.notEqual(s.keyFor('/u', { v: 2 }, '"4"'), c);
  const d = s.keyFor('/u', { v: 2 }, '"4"');
  s.settle();
  assert.notEqual(s.keyFor('/u', { v: 2 }, '"4"'), d);
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
