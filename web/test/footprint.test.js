import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openRing, closeRing, ringsOf, geometryOf, ringIssue, selfIntersects, approximateArea, midpoint } from '../js/shared/map/footprint.js';

const square = [[112.57, 26.9], [112.5701, 26.9], [112.5701, 26.9001], [112.57, 26.9001]];

test('rings round-trip through Polygon and MultiPolygon', () => {
  const polygon = { type: 'Polygon', coordinates: [closeRing(square)] };
  assert.deepEqual(ringsOf(polygon), [[square]]);
  assert.deepEqual(geometryOf(ringsOf(polygon)), polygon);
  const multi = { type: 'MultiPolygon', coordinates: [[closeRing(square)], [closeRing(square.map(([x, y]) => [x + 0.001, y]))]] };
  assert.deepEqual(geometryOf(ringsOf(multi)), multi);
  assert.equal(ringsOf({ type: 'Point', coordinates: [1, 2] }), null);
  assert.deepEqual(openRing(closeRing(square)), square);
});

test('too few corners and crossing edges are caught', () => {
  assert.equal(ringIssue(square), null);
  assert.equal(ringIssue(square.slice(0, 2)), 'footprint.tooFew');
  assert.equal(ringIssue([square[0], square[1], square[1]]), 'footprint.tooFew');
  const bowtie = [square[0], square[2], square[1], square[3]];
  assert.equal(selfIntersects(bowtie), true);
  assert.equal(ringIssue(bowtie), 'footprint.selfIntersects');
});

test('the approximate area of a 10 m square is about 100 m²', () => {
  const d = 10 / 111320; // degrees of latitude for 10 m
  const dx = d / Math.cos((26.9 * Math.PI) / 180);
  const area = approximateArea([[112.57, 26.9], [112.57 + dx, 26.9], [112.57 + dx, 26.9 + d], [112.57, 26.9 + d]]);
  assert.ok(Math.abs(area - 100) < 1.5, String(area));
  assert.deepEqual(midpoint([0, 0], [2, 4]), [1, 2]);
});
