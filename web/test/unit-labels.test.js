import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitsToLabel } from '../js/shared/map/unit-labels.js';

const box = (name, west, south, east, north) => ({ name, west, south, east, north });
const view = { west: 0, south: 0, east: 10, north: 10 };

test('only units meeting the view are labelled, one crossing its edge included', () => {
  const units = [box('in', 1, 1, 2, 2), box('edge', 9, 9, 12, 12), box('out', 11, 11, 12, 12), box('west', -5, 1, -1, 2)];
  assert.deepEqual(unitsToLabel(units, view).map((u) => u.name), ['edge', 'in']);
});

test('with more in view than the cap, the largest are labelled', () => {
  const units = [box('small', 1, 1, 2, 2), box('large', 1, 1, 6, 6), box('middle', 1, 1, 4, 4)];
  assert.deepEqual(unitsToLabel(units, view, 2).map((u) => u.name), ['large', 'middle']);
});

test('a unit around the whole view is labelled', () => {
  assert.equal(unitsToLabel([box('around', -50, -50, 50, 50)], view).length, 1);
});
