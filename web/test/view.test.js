import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseViewHash, formatViewHash, initialView, streetView, DEFAULT_VIEW, FOOTPRINT_ZOOM } from '../js/shared/map/view.js';

test('the default view is the demo area at zoom 13', () => {
  assert.deepEqual(DEFAULT_VIEW, { lon: 112.56, lat: 26.89, zoom: 13 });
});

test('a map hash is zoom/lat/lon', () => {
  assert.deepEqual(parseViewHash('#map=16/26.89/112.56'), { lon: 112.56, lat: 26.89, zoom: 16 });
  assert.deepEqual(parseViewHash('#x=1&map=15/26.9/112.5'), { lon: 112.5, lat: 26.9, zoom: 15 });
});

test('bad hashes are ignored', () => {
  for (const h of ['', '#', '#map=', '#map=16/26.89', '#map=16/95/112', '#map=a/b/c', '#map=30/26.89/112.56']) {
    assert.equal(parseViewHash(h), null, h);
  }
});

test('formatting and parsing round-trip', () => {
  const v = { lon: 112.575123, lat: 26.900456, zoom: 17 };
  const back = parseViewHash(formatViewHash(v));
  assert.equal(back.zoom, 17);
  assert.ok(Math.abs(back.lon - v.lon) < 1e-5);
  assert.ok(Math.abs(back.lat - v.lat) < 1e-5);
});

test('the URL view wins over the configured one, which wins over the default', () => {
  const hash = { lon: 112.5, lat: 26.8, zoom: 16 };
  const conf = { lon: 112.6, lat: 26.9, zoom: 12 };
  assert.deepEqual(initialView(hash, conf), hash);
  assert.deepEqual(initialView(null, conf), conf);
  assert.deepEqual(initialView(null, null), DEFAULT_VIEW);
  assert.deepEqual(initialView(null, { lon: 'x' }), DEFAULT_VIEW);
});

test('a street-scoped user starts in the middle of their streets, at a zoom that draws footprints', () => {
  assert.equal(FOOTPRINT_ZOOM, 17); // buildings.js draws each footprint from here on
  const v = streetView([112.55, 26.88, 112.6, 26.92], 13);
  assert.ok(Math.abs(v.lon - 112.575) < 1e-9 && Math.abs(v.lat - 26.9) < 1e-9);
  assert.equal(v.zoom, FOOTPRINT_ZOOM);
  assert.equal(streetView([112.57, 26.89, 112.571, 26.891], 18.4).zoom, 18);
  assert.equal(streetView([112.57, 26.89, 112.571, 26.891], 30).zoom, 22);
  assert.equal(streetView(null, 13), null);
  assert.equal(streetView([1, 2, 3], 13), null);
  assert.equal(streetView([112.5, 26.8, 112.6, NaN], 13), null);
});
