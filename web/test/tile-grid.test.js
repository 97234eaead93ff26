import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lonToX, latToY, tileBounds, tileRange, tileTouched } from '../js/map/tiles/tile-grid.js';

test('a tile and its bounds agree', () => {
  const [z, x, y] = [13, 6657, 3460];
  const [west, south, east, north] = tileBounds(z, x, y);
  assert.equal(Math.floor(lonToX(west + 1e-9, z)), x);
  assert.equal(Math.floor(latToY(north - 1e-9, z)), y);
  assert.ok(Math.abs(lonToX(east, z) - (x + 1)) < 1e-9);
  assert.ok(Math.abs(latToY(south, z) - (y + 1)) < 1e-9);
  assert.deepEqual(tileBounds(0, 0, 0).map((v) => Math.round(v * 1e6) / 1e6), [-180, -85.051129, 180, 85.051129]);
});

test('a change touches the tiles it lies in, and a neighbour only within the buffer', () => {
  const [west, south, east] = tileBounds(16, 53261, 27680);
  const inside = [west + 0.001, south + 0.001, west + 0.0011, south + 0.0011];
  assert.deepEqual(tileRange(inside, 16), { minX: 53261, maxX: 53261, minY: 27680, maxY: 27680 });
  assert.ok(tileTouched({ z: 16, x: 53261, y: 27680 }, [inside]));
  assert.ok(!tileTouched({ z: 16, x: 53262, y: 27680 }, [inside]));
  const onEdge = [east - 1e-6, south + 0.001, east - 5e-7, south + 0.0011];
  assert.ok(tileTouched({ z: 16, x: 53262, y: 27680 }, [onEdge]), 'within 64/4096 of the next tile');
  assert.ok(tileTouched({ z: 12, x: 3328, y: 1730 }, [inside]), 'and the tiles holding it at lower zooms');
  assert.ok(!tileTouched({ z: 16, x: 53261, y: 27680 }, []));
});
