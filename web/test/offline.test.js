import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tilesToEvict, UNKNOWN_TILE_BYTES } from '../js/shared/offline/tile-bound.js';
import { offlineList, featureBox } from '../js/shared/offline/offline-query.js';
import { loadTaskFeatures } from '../js/map/tasks/task-source.js';
import { groupTasks } from '../js/map/tasks/tasks.js';
import { todayIn } from '../js/shared/format.js';
import { syncDue, streetsQuery, SYNC_INTERVAL_MS } from '../js/shared/offline/sync.js';
import { bannerText } from '../js/shared/offline/status.js';
import { appFileKey } from '../js/worker/worker.js';
import { t } from '../js/shared/i18n.js';

const tile = (url, bytes, at) => ({ url, bytes, at });

test('tiles within both limits are all kept', () => {
  assert.deepEqual(tilesToEvict([tile('a', 10, 1), tile('b', 10, 2)], { maxBytes: 20, maxTiles: 2 }), []);
});

test('the least recently used tiles go first until the bytes fit', () => {
  const entries = [tile('new', 40, 30), tile('old', 40, 10), tile('mid', 40, 20)];
  assert.deepEqual(tilesToEvict(entries, { maxBytes: 80, maxTiles: 10 }), ['old']);
  assert.deepEqual(tilesToEvict(entries, { maxBytes: 79, maxTiles: 10 }), ['old', 'mid']);
});

test('the count limit drops the oldest too', () => {
  const entries = [tile('c', 1, 3), tile('a', 1, 1), tile('b', 1, 2)];
  assert.deepEqual(tilesToEvict(entries, { maxBytes: 1e9, maxTiles: 1 }), ['a', 'b']);
});

test('a tile of unknown size counts at the typical size', () => {
  const entries = [tile('opaque', null, 1), tile('known', 10, 2)];
  assert.deepEqual(tilesToEvict(entries, { maxBytes: UNKNOWN_TILE_BYTES, maxTiles: 10 }), ['opaque']);
});

test('200 MB of 25 KB tiles: the oldest beyond 8,192 are dropped', () => {
  const entries = Array.from({ length: 9000 }, (_, i) => tile(`t${i}`, 25 * 1024, i));
  const evicted = tilesToEvict(entries);
  assert.equal(evicted.length, 9000 - 8192);
  assert.equal(evicted[0], 't0');
  assert.equal(evicted.at(-1), `t${9000 - 8192 - 1}`);
});

const square = (id, x, y, props) => ({
  type: 'Feature', id, properties: props,
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});
const kept = [
  square('a', 0, 0, { streetCode: 's1', communityCode: 'c1', status: 'surveyed', houseCode: 'HX-001', address: '华兴路1号' }),
  square('b', 5, 5, { streetCode: 's1', communityCode: 'c2', status: 'closed', houseCode: 'HX-002', address: '华兴路2号' }),
  square('c', 0, 0, { streetCode: 's2', communityCode: 'c3', status: 'surveyed', houseCode: 'YM-001', address: '雨母路' }),
];
const ids = (fc) => fc.features.map((f) => f.id);

test('the offline list keeps what touches the bbox and matches the filters', () => {
  assert.deepEqual(ids(offlineList(kept, new URLSearchParams('bbox=0.5,0.5,2,2&limit=1000'))), ['a', 'c']);
  assert.deepEqual(ids(offlineList(kept, new URLSearchParams('bbox=0.5,0.5,6,6&street=s1'))), ['a', 'b']);
  assert.deepEqual(ids(offlineList(kept, new URLSearchParams('status=closed,demolished'))), ['b']);
  assert.deepEqual(ids(offlineList(kept, new URLSearchParams('community=c3'))), ['c']);
  assert.deepEqual(ids(offlineList(kept, new URLSearchParams('q=华兴路2'))), ['b']);
  const all = offlineList(kept, new URLSearchParams(''));
  assert.equal(all.numberMatched, 3);
  assert.deepEqual(all.links, [{ rel: 'self', href: '/api/buildings', type: 'application/geo+json' }]);
});

test('a filter the offline list cannot apply, or a bad value, gives no answer rather than a wrong one', () => {
  for (const query of ['judgement=none', 'bbox=1,2,3', 'overdue=yes', 'limit=0', 'limit=10001', 'limit=2.5', 'status=a&status=b']) {
    assert.equal(offlineList(kept, new URLSearchParams(query)), null, query);
  }
});

// 我的任务's lists (task-source.js): status= the groups' statuses, and overdue=true, paged.
const TODAY = '2026-06-15';
const task = (id, status, deadline) => ({ type: 'Feature', id, geometry: null, properties: { streetCode: 's1', status, deadline } });
const tasks = [
  task('b3', 'rectifying', '2026-06-14'), // overdue
  task('a1', 'unsurveyed', null),
  task('c2', 'awaiting_appraisal', '2026-06-15'), // due today: not overdue
  task('d4', 'closed', '2026-01-01'), // finished: never overdue
  task('e5', 'demolition_ordered', '2026-06-01T08:00:00Z'), // an instant: its Shanghai date
];

test('overdue is the one definition of 逾期 (format.js isOverdue), judged on the given day', () => {
  assert.deepEqual(ids(offlineList(tasks, new URLSearchParams('overdue=true'), TODAY)), ['b3', 'e5']);
  assert.deepEqual(ids(offlineList(tasks, new URLSearchParams('overdue=false'), TODAY)), ['a1', 'c2', 'd4']);
  assert.deepEqual(ids(offlineList(tasks, new URLSearchParams('overdue=true'), '2026-06-16')), ['b3', 'c2', 'e5']);
  assert.deepEqual(ids(offlineList(tasks, new URLSearchParams('overdue=true&status=rectifying,unsurveyed'), TODAY)), ['b3']);
});

test('pages as the server does: by id, limit (100 by default), a next link after the last id, every match counted', () => {
  const many = Array.from({ length: 250 }, (_, i) => task(`id-${String(i).padStart(3, '0')}`, 'unsurveyed', null)).reverse();
  const first = offlineList(many, new URLSearchParams('status=unsurveyed'), TODAY);
  assert.equal(first.numberMatched, 250);
  assert.equal(first.numberReturned, 100);
  assert.deepEqual([ids(first)[0], ids(first).at(-1)], ['id-000', 'id-099']);
  const next = first.links.find((l) => l.rel === 'next').href;
  assert.equal(next, '/api/buildings?status=unsurveyed&after=id-099');
  const second = offlineList(many, new URL(next, 'http://x').searchParams, TODAY);
  assert.deepEqual([ids(second)[0], second.numberReturned, second.numberMatched], ['id-100', 100, 250]);
  const last = offlineList(many, new URLSearchParams('status=unsurveyed&limit=1000&after=id-199'), TODAY);
  assert.deepEqual([ids(last)[0], last.numberReturned], ['id-200', 50]);
  assert.deepEqual(last.links.map((l) => l.rel), ['self']);
  const capped = offlineList(many, new URLSearchParams('limit=30&after=id-099&status=unsurveyed'), TODAY);
  assert.equal(capped.links[1].href, '/api/buildings?limit=30&status=unsurveyed&after=id-129');
  assert.equal(offlineList(many, new URLSearchParams('after=id-249'), TODAY).numberReturned, 0);
});

test('我的任务 loaded from the offline answers has the groups and counts of the whole copy', async () => {
  const statuses = ['unsurveyed', 'surveyed', 'demolition_ordered', 'rectifying', 'closed'];
  const deadlines = [null, '2000-01-01', '2999-12-31'];
  const copy = Array.from({ length: 2400 }, (_, i) => task(`t${i}`, statuses[i % 5], deadlines[i % 3]));
  const real = globalThis.fetch;
  globalThis.fetch = async (href) => {
    const body = offlineList(copy, new URL(href, 'http://127.0.0.1').searchParams);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  try {
    const { features, capped } = await loadTaskFeatures('inspector');
    const counts = (fs) => groupTasks(fs, 'inspector', todayIn()).map((g) => [g.id, g.count]);
    assert.equal(capped, false);
    assert.deepEqual(counts(features), counts(copy));
    assert.deepEqual(counts(copy), [['overdue', 640], ['unsurveyed', 480], ['recheck', 480], ['demolition', 480]]);
  } finally {
    globalThis.fetch = real;
  }
});

test('a feature box spans every ring of a multipolygon', () => {
  const multi = { geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[4, 4], [5, 4], [5, 6], [4, 4]]]] } };
  assert.deepEqual(featureBox(multi), [0, 0, 5, 6]);
  assert.equal(featureBox({ geometry: null }), null);
});

test('a sync is due when never done, after the interval, or when the clock went back', () => {
  const now = Date.parse('2024-05-01T02:00:00Z');
  assert.equal(syncDue(null, now), true);
  assert.equal(syncDue('2024-05-01T01:55:00Z', now), false);
  assert.equal(syncDue(new Date(now - SYNC_INTERVAL_MS).toISOString(), now), true);
  assert.equal(syncDue('2024-05-01T03:00:00Z', now), true);
  assert.equal(syncDue('not a time', now), true);
});

test('the sync asks for the user\'s streets a thousand at a time', () => {
  assert.equal(streetsQuery(['430408003', '430408004']), 'street=430408003%2C430408004&limit=1000');
});

test('the banner gives the data time in Shanghai, in both languages', () => {
  assert.equal(bannerText('2024-05-01T02:03:00Z', t), '离线 · 数据截至 2024-05-01 10:03');
  assert.equal(bannerText(null, t), '离线 · 本机没有离线数据');
  const en = (key, params) => ({ 'offline.banner': 'Offline', 'offline.dataTime': `Data as of ${params && params.time}` })[key];
  assert.equal(bannerText('2024-12-31T16:30:00Z', en), 'Offline · Data as of 2025-01-01 00:30');
});

test('the worker serves pages and precached files by path, and nothing with a query but pages', () => {
  const files = new Set(['/index.html', '/login.html', '/js/map/app.js', '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js']);
  const key = (href) => appFileKey(new URL(href, 'http://127.0.0.1:7070'), files);
  assert.equal(key('/'), '/index.html');
  assert.equal(key('/login.html?next=%2F'), '/login.html');
  assert.equal(key('/js/map/app.js'), '/js/map/app.js');
  assert.equal(key('/js/map/app.js?v=2'), null);
  assert.equal(key('/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js'), '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js');
  assert.equal(key('/api/buildings'), null);
  assert.equal(key('/stats.html'), null);
});

test('the manifest names the app in Chinese, starts at the map, stands alone, in the pages\' theme colour', () => {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.webmanifest', import.meta.url), 'utf8'));
  const index = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
  assert.equal(manifest.name, '房屋安全排查整治一张图');
  assert.equal(manifest.short_name, '房屋安全');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.match(index, new RegExp(`<meta name="theme-color" content="${manifest.theme_color}">`));
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['any', '192x192', '512x512']);
});
