import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeTile } from '../js/map/tiles/mvt.js';
import { featureAt, insideRings } from '../js/map/tiles/tile-pick.js';

const layer = decodeTile(readFileSync(new URL('./fixtures/buildings-16.mvt', import.meta.url))).buildings;
const cells = decodeTile(readFileSync(new URL('./fixtures/buildings-14.mvt', import.meta.url))).buildings;

test('a point inside a footprint picks it; one in its courtyard or outside does not', () => {
  // The first fixture building spans x 2383–2681, y 797–1132, its courtyard x 2457–2607, y 881–1048.
  assert.equal(featureAt(layer, 2400, 1100).properties.id, '00000000-0000-4000-8000-000000000001');
  assert.equal(featureAt(layer, 3200, 1000).properties.id, '00000000-0000-4000-8000-000000000002');
  assert.equal(featureAt(layer, 2530, 960), null, 'the courtyard is not the building');
  assert.equal(featureAt(layer, 100, 100), null);
});

test('a tap just beside a footprint still picks it within the slack', () => {
  assert.equal(featureAt(layer, 2370, 1000), null);
  assert.equal(featureAt(layer, 2370, 1000, 20).properties.id, '00000000-0000-4000-8000-000000000001');
});

test('cells and empty tiles hold no footprint to pick', () => {
  assert.equal(featureAt(cells, 2656, 2080, 40), null);
  assert.equal(featureAt(undefined, 1, 1), null);
});

test('even-odd: a ring inside a ring is a hole', () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  const hole = [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]];
  assert.ok(insideRings([square], 5, 5));
  assert.ok(!insideRings([square, hole], 5, 5));
  assert.ok(insideRings([square, hole], 1, 5));
});
