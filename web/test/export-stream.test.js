import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispositionFilename, PatternCounter, featureCounter, formatBytes, STREAM_LIMIT } from '../js/export/export-stream.js';
import {
  readExportState, exportSearch, downloadUrl, expectedCount, streamInPage, isLedgerFormat, offeredCrses,
} from '../js/export/export-options.js';
import { readFilter } from '../js/shared/filter-params.js';

const bytes = (s) => new TextEncoder().encode(s);

test('the UTF-8 file name of Content-Disposition wins over the ASCII one', () => {
  const header = 'attachment; filename="ledger-430408003-2022-09-01.xlsx"; '
    + "filename*=UTF-8''%E5%8D%8E%E5%85%B4%E8%A1%97%E9%81%93-%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6-2022-09-01.xlsx";
  assert.equal(dispositionFilename(header), '华兴街道-隐患台账-2022-09-01.xlsx');
  // Order does not matter, nor the case of the parameter names and charset.
  assert.equal(dispositionFilename("attachment; FILENAME*=utf-8'zh'a%20b.csv; filename=x.csv"), 'a b.csv');
});

test('without filename* the plain file name is used, quoted or not', () => {
  assert.equal(dispositionFilename('attachment; filename="a \\"b\\".geojson"'), 'a "b".geojson');
  assert.equal(dispositionFilename('attachment; filename=plain.csv'), 'plain.csv');
  assert.equal(dispositionFilename("attachment; filename*=UTF-8''%E0%A4%A; filename=fallback.csv"), 'fallback.csv');
});

test('a file name never names a directory, and nothing usable gives null', () => {
  assert.equal(dispositionFilename('attachment; filename="../../etc/passwd"'), 'passwd');
  assert.equal(dispositionFilename("attachment; filename*=UTF-8''..%2F..%2Fx%0A.csv"), 'x.csv');
  for (const h of [null, '', 'attachment', 'inline; filename=""', 'attachment; filename=".."']) {
    assert.equal(dispositionFilename(h), null, String(h));
  }
});

test('features are counted once each, however the stream is cut', () => {
  const fc = JSON.stringify({
    type: 'FeatureCollection',
    numberMatched: 3,
    features: [1, 2, 3].map((i) => ({
      type: 'Feature', id: String(i), geometry: { type: 'Polygon', coordinates: [] },
      properties: { address: '"type":"Feature" in text', kind: { type: 'Feature' } },
    })),
  });
  // The nested {type: Feature} of feature i's properties counts too: 6 in all, whatever the cut.
  const expected = 6;
  const data = bytes(fc);
  for (const size of [1, 2, 7, 15, 16, 17, 64, data.length]) {
    const counter = new PatternCounter('"type":"Feature"');
    let total = 0;
    for (let i = 0; i < data.length; i += size) total = counter.push(data.subarray(i, i + size));
    assert.equal(total, expected, `chunks of ${size}`);
  }
});

test('the GeoJSON counter skips the collection and escaped text', () => {
  const counter = featureCounter('geojson');
  const text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"\\"type\\":\\"Feature\\""}},'
    + '{"type":"Feature","properties":{}}]}';
  assert.equal(counter.push(bytes(text)), 2);
});

test('records of a GeoJSON text sequence are counted by their RS', () => {
  const counter = featureCounter('geojsonl');
  const line = '\u001e{"type":"Feature","properties":{}}\n';
  assert.equal(counter.push(bytes(line + line.slice(0, 5))), 2);
  assert.equal(counter.push(bytes(line.slice(5) + line)), 3);
  assert.equal(featureCounter('xlsx'), null);
});

test('sizes read as people write them', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(1536), '1.50 KB');
  assert.equal(formatBytes(15 * 1024 * 1024), '15.0 MB');
});

test('export choices round-trip through the page URL', () => {
  const state = { filter: readFilter('street=430408003&grade=D'), format: 'geojsonl', crs: 'GCJ-02' };
  const search = exportSearch(state);
  assert.equal(search, '?street=430408003&grade=D&format=geojsonl&crs=GCJ-02');
  assert.deepEqual(readExportState(search), state);
  const d = readExportState('?format=shp&crs=EPSG:3857');
  assert.deepEqual([d.format, d.crs], ['geojson', 'EPSG:4326']);
  assert.equal(exportSearch(d), '');
});

test('the download URL carries the filter, and crs only for GeoJSON other than WGS84', () => {
  const filter = readFilter('overdue=true');
  assert.equal(downloadUrl({ filter, format: 'geojson', crs: 'EPSG:4326' }), '/api/export/buildings.geojson?overdue=true');
  assert.equal(downloadUrl({ filter, format: 'geojson', crs: 'EPSG:4490' }), '/api/export/buildings.geojson?overdue=true&crs=EPSG%3A4490');
  assert.equal(downloadUrl({ filter, format: 'xlsx', crs: 'GCJ-02' }), '/api/export/ledger.xlsx?overdue=true');
  assert.equal(downloadUrl({ filter: readFilter(''), format: 'csv', crs: 'EPSG:4326' }), '/api/export/ledger.csv');
});

test('ledger formats count ledger rows, GeoJSON counts buildings; huge exports get the direct link', () => {
  assert.equal(isLedgerFormat('csv'), true);
  assert.equal(isLedgerFormat('geojsonl'), false);
  assert.equal(expectedCount('xlsx', { buildings: 2081, ledger: 300 }), 300);
  assert.equal(expectedCount('geojson', { buildings: 2081, ledger: 300 }), 2081);
  assert.equal(streamInPage(STREAM_LIMIT), true);
  assert.equal(streamInPage(STREAM_LIMIT + 1), false);
  assert.equal(streamInPage(null), true);
});

test('a text sequence is not offered in CGCS2000, which it cannot declare, and falls back to WGS84', () => {
  assert.deepEqual(offeredCrses('geojsonl'), ['EPSG:4326', 'GCJ-02']);
  assert.deepEqual(offeredCrses('geojson'), ['EPSG:4326', 'EPSG:4490', 'GCJ-02']);
  const filter = readFilter('overdue=true');
  assert.equal(downloadUrl({ filter, format: 'geojsonl', crs: 'EPSG:4490' }), '/api/export/buildings.geojsonl?overdue=true');
  assert.equal(readExportState('?format=geojsonl&crs=EPSG:4490').crs, 'EPSG:4326');
});
