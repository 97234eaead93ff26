import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeTile } from '../js/map/tiles/mvt.js';
import { drawBuildings, cellAlpha, cellColour } from '../js/map/tiles/tile-draw.js';
import { categoryStyle, OVERDUE_STROKE } from '../js/map/tiles/style.js';

/** A stand-in for a 2D canvas context that records what is drawn. */
function recorder() {
  const calls = [];
  const ctx = { calls };
  for (const m of ['beginPath', 'moveTo', 'lineTo', 'closePath', 'fill', 'stroke', 'fillRect', 'strokeRect']) {
    ctx[m] = (...args) => calls.push([m, ...args, { fillStyle: ctx.fillStyle, strokeStyle: ctx.strokeStyle, alpha: ctx.globalAlpha }]);
  }
  return ctx;
}

const tile = (name) => decodeTile(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))).buildings;

test('footprints are filled and outlined in their status colours, one path per colour', () => {
  const ctx = recorder();
  assert.equal(drawBuildings(ctx, tile('buildings-16.mvt'), 256), 3);
  const grey = categoryStyle('unsurveyed');
  const fills = ctx.calls.filter((c) => c[0] === 'fill');
  assert.equal(fills.length, 1, 'three unsurveyed footprints, one fill');
  assert.equal(fills[0][1].fillStyle, grey.fillColor);
  assert.equal(fills[0][1].alpha, grey.fillOpacity);
  const moves = ctx.calls.filter((c) => c[0] === 'moveTo');
  assert.equal(moves.length, 4, 'three outer rings and a courtyard');
  assert.deepEqual(moves[0].slice(1, 3), [2383 / 16, 1132 / 16], 'tile units scaled to 256 pixels');
});

test('an overdue footprint gets the red edge of the legend', () => {
  const layer = tile('buildings-16.mvt');
  layer.features[1].properties = { ...layer.features[1].properties, overdue: true };
  const ctx = recorder();
  drawBuildings(ctx, layer, 256);
  const strokes = ctx.calls.filter((c) => c[0] === 'stroke');
  assert.deepEqual(strokes.map((c) => c[1].strokeStyle), [categoryStyle('unsurveyed').color, OVERDUE_STROKE]);
  const lastPath = ctx.calls.slice(ctx.calls.map((c) => c[0]).lastIndexOf('beginPath'));
  assert.equal(lastPath.filter((c) => c[0] === 'moveTo').length, 1, 'only the overdue footprint');
});

test('cells are squares of 4 pixels, more opaque where more buildings stand, without an overdue edge', () => {
  const layer = tile('buildings-14.mvt');
  layer.features[0].properties = { ...layer.features[0].properties, count: 100, status: 'rectifying', judgement: 'serious', overdue: true };
  const ctx = recorder();
  drawBuildings(ctx, layer, 256);
  const squares = ctx.calls.filter((c) => c[0] === 'fillRect');
  assert.equal(squares.length, 3);
  assert.deepEqual(squares.map((c) => c.slice(3, 5)), [[4, 4], [4, 4], [4, 4]]);
  const red = squares.find((c) => c[5].fillStyle === categoryStyle('red').fillColor);
  assert.equal(red[5].alpha, 1);
  assert.equal(squares.filter((c) => c !== red)[0][5].alpha, cellAlpha(1));
  assert.equal(ctx.calls.filter((c) => c[0] === 'strokeRect').length, 0, 'an edge would turn a whole district red');
  assert.equal(ctx.calls.findIndex((c) => c === red) > ctx.calls.findIndex((c) => c[0] === 'fillRect'), true, 'red drawn last');
});

test('cell opacity and colour', () => {
  assert.equal(cellAlpha(1), 0.45);
  assert.ok(cellAlpha(10) > cellAlpha(2));
  assert.equal(cellAlpha(1000), 1);
  assert.equal(cellAlpha(undefined), 0.45);
  assert.equal(cellColour('red'), categoryStyle('red').fillColor);
  assert.equal(cellColour('closed'), categoryStyle('closed').color, 'a light fill would vanish in 4 pixels');
});

test('an empty tile draws nothing', () => {
  const ctx = recorder();
  assert.equal(drawBuildings(ctx, undefined, 256), 0);
  assert.equal(ctx.calls.length, 0);
});
