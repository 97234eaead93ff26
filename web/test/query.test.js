import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bboxParam, buildingsQuery, nextHref, nextPageLimit, withLimit } from '../js/map/query.js';

const view = { west: 112.5412345678, south: 26.88, east: 112.58, north: 26.9 };

test('bbox is lon/lat min then max with 6 decimals', () => {
  assert.equal(bboxParam(view), '112.541235,26.88,112.58,26.9');
});

test('bbox is clamped to valid ranges', () => {
  assert.equal(bboxParam({ west: -200, south: -95, east: 190, north: 91 }), '-180,-90,180,90');
});

test('bbox refuses non-numbers', () => {
  assert.throws(() => bboxParam({ west: NaN, south: 0, east: 1, north: 1 }), RangeError);
});

test('a query carries bbox, filters and paging, leaving out empty filters', () => {
  const q = buildingsQuery({ street: '430408003', status: null, q: '  ' }, { bbox: view, limit: 1000 });
  const p = new URLSearchParams(q);
  assert.equal(p.get('bbox'), '112.541235,26.88,112.58,26.9');
  assert.equal(p.get('street'), '430408003');
  assert.equal(p.get('limit'), '1000');
  assert.equal(p.has('status'), false);
  assert.equal(p.has('q'), false);
  assert.equal(p.has('after'), false);
});

test('lists are joined with commas', () => {
  const p = new URLSearchParams(buildingsQuery({ status: ['awaiting_appraisal', 'rectifying'], grade: ['C', 'D'] }));
  assert.equal(p.get('status'), 'awaiting_appraisal,rectifying');
  assert.equal(p.get('grade'), 'C,D');
});

test('search text is trimmed and encoded', () => {
  const q = buildingsQuery({ q: ' 华兴街道 12&号 ' }, { limit: 20 });
  assert.equal(new URLSearchParams(q).get('q'), '华兴街道 12&号');
  assert.ok(!q.includes('&号'));
});

test('an empty filter gives an empty query', () => {
  assert.equal(buildingsQuery(), '');
});

test('the next link is found among the links', () => {
  const page = { links: [{ rel: 'self', href: '/a' }, { rel: 'next', href: '/api/buildings?after=x', type: 'application/geo+json' }] };
  assert.equal(nextHref(page), '/api/buildings?after=x');
  assert.equal(nextHref({ links: [{ rel: 'self', href: '/a' }] }), null);
  assert.equal(nextHref({}), null);
  assert.equal(nextHref(null), null);
});

test('paging stops at the cap and the last page is shortened to fit', () => {
  assert.equal(nextPageLimit(1000, 5000, 1000), 1000);
  assert.equal(nextPageLimit(4500, 5000, 1000), 500);
  assert.equal(nextPageLimit(5000, 5000, 1000), 0);
  assert.equal(nextPageLimit(6000, 5000, 1000), 0);
});

test('the limit of a next link is replaced, the rest kept', () => {
  const href = withLimit('/api/buildings?bbox=1%2C2%2C3%2C4&limit=1000&after=abc', 500);
  const [path, query] = href.split('?');
  const p = new URLSearchParams(query);
  assert.equal(path, '/api/buildings');
  assert.equal(p.get('bbox'), '1,2,3,4');
  assert.equal(p.get('after'), 'abc');
  assert.equal(p.get('limit'), '500');
});
