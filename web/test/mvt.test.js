// The vector tile decoder against tiles made on the Java side (fixtures written by
// src/test/java/org/housesafe/web/MvtFixtureTest.java): one from the encoder library with every
// geometry and value kind, two served by the app over three buildings of its fixture.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeTile, rings, ringArea, walkGeometry, GEOM_POINT, GEOM_LINE, GEOM_POLYGON } from '../js/map/tiles/mvt.js';
import { lonToX, latToY } from '../js/map/tiles/tile-grid.js';

const fixture = (name) => decodeTile(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** The buildings of MvtFixtureTest: south-west corners, squares of 0.0004°, the first with a courtyard. */
const IDS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
const CORNERS = [[112.5801, 26.9501], [112.5811, 26.9501], [112.5801, 26.9511]];
const SIDE = 0.0004;

test('every geometry kind decodes to its rings in tile units', () => {
  const layer = fixture('kinds.mvt').kinds;
  assert.equal(layer.extent, 4096);
  assert.equal(layer.version, 2);
  assert.deepEqual(layer.features.map((f) => [f.id, f.type]),
    [[7, GEOM_POLYGON], [8, GEOM_POLYGON], [9, GEOM_POINT], [10, GEOM_POINT], [11, GEOM_LINE]]);
  const [withHole, multi, point, multiPoint, line] = layer.features.map((f) => rings(f.geometry));
  assert.deepEqual(withHole[0], [[100, 100], [300, 100], [300, 300], [100, 300], [100, 100]]);
  assert.deepEqual(withHole.map(ringArea), [40000, -10000], 'exterior positive, hole negative');
  assert.deepEqual(multi.map(ringArea), [10000, 40000], 'two exteriors');
  assert.deepEqual(point, [[[2048, 1024]]]);
  assert.deepEqual(multiPoint, [[[10, 20]], [[30, 40]]]);
  assert.deepEqual(line, [[[0, 0], [4096, 4096], [4096, 0]]]);
});

test('every value kind decodes to its JavaScript value', () => {
  const [a, b, c, d] = fixture('kinds.mvt').kinds.features.map((f) => f.properties);
  assert.deepEqual(a, { fid: 7, name: '华兴', count: 42, flag: true });
  assert.deepEqual(b, { fid: 8, negative: -5, ratio: 0.25 });
  assert.deepEqual(c, { fid: 9, single: 1.5, big: 2 ** 40 });
  assert.deepEqual(d, { fid: 10, flag: false });
});

test('a full-detail tile of the server holds the footprints where they are, with their properties', () => {
  const layer = fixture('buildings-16.mvt').buildings;
  assert.equal(layer.features.length, 3);
  const z = 16;
  const tx = Math.floor(lonToX(CORNERS[0][0], z));
  const ty = Math.floor(latToY(CORNERS[0][1], z));
  layer.features.forEach((f, i) => {
    assert.deepEqual(f.properties, { id: IDS[i], status: 'unsurveyed', overdue: false, detail: 'full' });
    const [lon, lat] = CORNERS[i];
    const west = (lonToX(lon, z) - tx) * 4096;
    const north = (latToY(lat + SIDE, z) - ty) * 4096;
    const outer = rings(f.geometry)[0];
    assert.ok(ringArea(outer) > 0);
    assert.ok(Math.abs(Math.min(...outer.map((p) => p[0])) - west) <= 1, `west edge of ${IDS[i]}`);
    // The third building crosses the tile's top edge: clipped to the 64-unit buffer.
    assert.ok(Math.abs(Math.min(...outer.map((p) => p[1])) - Math.max(north, -64)) <= 1, `north edge of ${IDS[i]}`);
  });
  assert.deepEqual(rings(layer.features[0].geometry).map((r) => Math.sign(ringArea(r))), [1, -1], 'the courtyard is a hole');
});

test('an aggregated tile of the server holds one point per occupied cell with its count', () => {
  const layer = fixture('buildings-14.mvt').buildings;
  const cells = layer.features.map((f) => rings(f.geometry)[0][0]);
  assert.ok(layer.features.every((f) => f.type === GEOM_POINT && f.properties.detail === 'aggregated'));
  assert.equal(layer.features.reduce((n, f) => n + f.properties.count, 0), 3);
  for (const [x, y] of cells) assert.deepEqual([x % 64, y % 64], [32, 32], 'at a cell centre');
  const z = 14;
  const tx = Math.floor(lonToX(CORNERS[0][0], z));
  const ty = Math.floor(latToY(CORNERS[0][1], z));
  const expected = CORNERS.map(([lon, lat]) => [
    Math.floor(((lonToX(lon + SIDE / 2, z) - tx) * 4096) / 64) * 64 + 32,
    Math.floor(((latToY(lat + SIDE / 2, z) - ty) * 4096) / 64) * 64 + 32,
  ]);
  assert.deepEqual(new Set(cells.map(String)), new Set(expected.map(String)));
});

test('an empty body is a tile without layers; broken bytes are a RangeError', () => {
  assert.deepEqual(decodeTile(new Uint8Array(0)), {});
  assert.deepEqual(decodeTile(new ArrayBuffer(0)), {});
  const bytes = readFileSync(new URL('./fixtures/buildings-16.mvt', import.meta.url));
  assert.throws(() => decodeTile(bytes.subarray(0, bytes.length - 7)), RangeError);
  assert.throws(() => decodeTile(new Uint8Array([0xff, 0xff, 0xff])), RangeError);
});

test('walking a geometry gives the commands a canvas needs', () => {
  const calls = [];
  walkGeometry(fixture('kinds.mvt').kinds.features[0].geometry, {
    moveTo: (x, y) => calls.push(['M', x, y]),
    lineTo: (x, y) => calls.push(['L', x, y]),
    closePath: () => calls.push(['Z']),
  });
  assert.deepEqual(calls.slice(0, 5), [['M', 100, 100], ['L', 300, 100], ['L', 300, 300], ['L', 100, 300], ['Z']]);
  assert.equal(calls.filter((c) => c[0] === 'Z').length, 2);
  assert.throws(() => walkGeometry([(1 << 3) | 4, 2, 2], { moveTo() {}, lineTo() {}, closePath() {} }), RangeError);
});
