import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureChanges, latestChange } from '../js/map/record/conflict.js';

const ring = [[112.57, 26.9], [112.571, 26.9], [112.571, 26.901], [112.57, 26.9]];
const mine = {
  id: 'b1', geometry: { type: 'Polygon', coordinates: [ring] },
  properties: { status: 'unsurveyed', judgement: null, grade: null, version: 3, address: '华兴路1号', updatedAt: '2026-11-25T08:00:00Z' },
};

test('status, judgement and version changes are listed in order; unchanged ones are not', () => {
  const theirs = { ...mine, properties: { ...mine.properties, status: 'surveyed', judgement: 'serious', version: 5 } };
  const changes = featureChanges(mine, theirs).map(({ name, mine: a, theirs: b }) => [name, a, b]);
  assert.deepEqual(changes, [['status', 'unsurveyed', 'surveyed'], ['judgement', null, 'serious'], ['version', 3, 5]]);
});

test('a moved footprint is named; missing features give no changes', () => {
  const moved = { ...mine, geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x + 1e-5, y])] } };
  assert.deepEqual(featureChanges(mine, moved).map((c) => c.name), ['geometry']);
  assert.deepEqual(featureChanges(mine, null), []);
  assert.deepEqual(featureChanges(mine, mine), []);
});

test('the latest event after the user\'s copy says who and when', () => {
  const events = [
    { type: 'created', recordedAt: '2026-11-01T00:00:00Z', occurredAt: '2026-11-01T00:00:00Z', actor: 'a', role: 'inspector' },
    { type: 'survey', recordedAt: '2026-11-25T09:00:00Z', occurredAt: '2026-11-25T08:59:00Z', actor: 'li', role: 'inspector' },
  ];
  assert.deepEqual(latestChange(events, mine), { type: 'survey', actor: 'li', role: 'inspector', at: '2026-11-25T08:59:00Z' });
  assert.equal(latestChange(events.slice(0, 1), mine), null);
  assert.equal(latestChange([], mine), null);
});
