import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeConfig, availableBasemaps, chooseBasemap } from '../js/shared/config.js';

test('a missing configuration gives OSM at the default view', () => {
  const c = normalizeConfig(null);
  assert.equal(c.basemap, 'osm');
  assert.equal(c.tiandituKey, null);
  assert.equal(c.extent, null);
  assert.deepEqual(c.initialView, { lon: 112.56, lat: 26.89, zoom: 13 });
});

test('a full configuration is kept', () => {
  const c = normalizeConfig({
    basemap: 'tianditu', tiandituKey: 'abc', extent: [112.4, 26.7, 112.8, 27.0],
    initialView: { lon: 112.57, lat: 26.9, zoom: 14 },
  });
  assert.deepEqual(c, {
    basemap: 'tianditu', tiandituKey: 'abc', extent: [112.4, 26.7, 112.8, 27.0],
    initialView: { lon: 112.57, lat: 26.9, zoom: 14 },
  });
});

test('Tianditu without a key falls back to OSM and is not offered', () => {
  const c = normalizeConfig({ basemap: 'tianditu', tiandituKey: '  ' });
  assert.equal(c.basemap, 'osm');
  assert.deepEqual(availableBasemaps(c), ['osm', 'none']);
  assert.deepEqual(availableBasemaps(normalizeConfig({ tiandituKey: 'k' })), ['osm', 'tianditu', 'none']);
});

test('odd values are replaced by defaults', () => {
  const c = normalizeConfig({ basemap: 'google', extent: [1, 2, 0, 3], initialView: { lon: 1 } });
  assert.equal(c.basemap, 'osm');
  assert.equal(c.extent, null);
  assert.deepEqual(c.initialView, { lon: 112.56, lat: 26.89, zoom: 13 });
});

test('a none basemap is honoured', () => {
  assert.equal(normalizeConfig({ basemap: 'none' }).basemap, 'none');
});

test('the saved basemap wins while it is still offered', () => {
  const withKey = normalizeConfig({ basemap: 'osm', tiandituKey: 'k' });
  const withoutKey = normalizeConfig({ basemap: 'none' });
  assert.equal(chooseBasemap('tianditu', withKey), 'tianditu');
  assert.equal(chooseBasemap('tianditu', withoutKey), 'none');
  assert.equal(chooseBasemap(null, withoutKey), 'none');
});
