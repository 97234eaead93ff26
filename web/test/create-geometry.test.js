import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centroid, insideRing, interiorPoint } from '../js/map/create/interior-point.js';
import { freeArea, panInto } from '../js/map/visible-area.js';

const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) < 1e-9);

test('the interior point of a rectangle is its centre', () => {
  const ring = [[112.5, 26.9], [112.5002, 26.9], [112.5002, 26.9001], [112.5, 26.9001]];
  assert.ok(near(interiorPoint(ring), [112.5001, 26.90005]));
  assert.ok(near(centroid([...ring].reverse()), [112.5001, 26.90005]), 'either winding');
});

test('a U shape whose centroid lies outside still gets a point inside', () => {
  // A U opening north: two 1-wide arms on a 1-high base, 3 wide and 4 high in all.
  const u = [[0, 0], [3, 0], [3, 4], [2, 4], [2, 1], [1, 1], [1, 4], [0, 4]];
  const c = centroid(u);
  assert.equal(insideRing(c, u), false, 'the centroid falls in the gap');
  const p = interiorPoint(u);
  assert.equal(insideRing(p, u), true);
  assert.equal(p[1], c[1]);
});

test('fewer than three corners have no interior point', () => {
  assert.equal(interiorPoint([[0, 0], [1, 1]]), null);
  assert.equal(interiorPoint(null), null);
});

test('a bottom sheet takes the bottom of the map and a side panel its right', () => {
  const map = { left: 0, top: 50, width: 390, height: 794 };
  assert.deepEqual(freeArea(map, { left: 0, top: 500, width: 390, height: 344 }), { left: 0, top: 0, right: 390, bottom: 450 });
  const wide = { left: 0, top: 0, width: 1280, height: 800 };
  assert.deepEqual(freeArea(wide, { left: 860, top: 0, width: 420, height: 800 }), { left: 0, top: 0, right: 860, bottom: 800 });
  assert.deepEqual(freeArea(wide, null), { left: 0, top: 0, right: 1280, bottom: 800 });
});

test('a box under the sheet is panned up into the free part, one inside is left alone', () => {
  const free = { left: 0, top: 0, right: 390, bottom: 450 };
  assert.deepEqual(panInto({ left: 150, top: 400, right: 250, bottom: 500 }, free), [0, 66]);
  assert.deepEqual(panInto({ left: 150, top: 100, right: 250, bottom: 200 }, free), [0, 0]);
  assert.deepEqual(panInto({ left: -40, top: 100, right: 60, bottom: 200 }, free), [-56, 0]);
  assert.deepEqual(panInto({ left: 0, top: 0, right: 390, bottom: 600 }, free), [0, 75], 'too tall: centred');
});
