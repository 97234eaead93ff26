import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geometryBounds, boundsCenter } from '../js/shared/map/geo.js';

test('bounds of a polygon', () => {
  const g = { type: 'Polygon', coordinates: [[[112.5, 26.8], [112.6, 26.8], [112.6, 26.9], [112.5, 26.9], [112.5, 26.8]]] };
  assert.deepEqual(geometryBounds(g), [112.5, 26.8, 112.6, 26.9]);
});

test('bounds of a multipolygon cover every part', () => {
  const g = {
    type: 'MultiPolygon',
    coordinates: [
      [[[1, 1], [2, 1], [2, 2], [1, 1]]],
      [[[5, -3], [6, -3], [6, 0], [5, -3]]],
    ],
  };
  assert.deepEqual(geometryBounds(g), [1, -3, 6, 2]);
});

test('bounds of a point and of a collection', () => {
  assert.deepEqual(geometryBounds({ type: 'Point', coordinates: [3, 4] }), [3, 4, 3, 4]);
  const gc = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [3, 4] }, { type: 'Point', coordinates: [-1, 9] }] };
  assert.deepEqual(geometryBounds(gc), [-1, 4, 3, 9]);
});

test('no geometry, no bounds', () => {
  assert.equal(geometryBounds(null), null);
  assert.equal(geometryBounds({ type: 'Polygon', coordinates: [] }), null);
});

test('the centre is halfway', () => {
  assert.deepEqual(boundsCenter([0, 0, 2, 4]), [1, 2]);
});
