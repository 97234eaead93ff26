import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLedger, cellText, columnIndex, COUNT_KEYS } from '../js/ledger/ledger-format.js';
import { buildingIdFromHash, buildingHref } from '../js/shared/building-link.js';

const ID = '0b6f3c1e-6a1d-4f7e-9a55-3c2b1d0e9f88';

test('a ledger answer is read with every member typed', () => {
  const d = normalizeLedger({
    title: '华兴街道房屋安全隐患台账（2022-09-01，共 1 栋）',
    columns: [{ key: 'number', header: '序号', kind: 'number', sortable: false }, { key: 'houseCode', header: '房屋编码', kind: 'odd' }],
    numberMatched: 1,
    counts: { total: 1, overdue: 1 },
    sort: 'street',
    order: 'desc',
    rows: [{ id: ID, overdue: true, cells: [1, 'HX-1'] }, { cells: [] }],
  });
  assert.equal(d.columns[1].kind, 'text');
  assert.equal(d.columns[1].sortable, false);
  assert.equal(d.rows.length, 1);
  assert.equal(d.rows[0].overdue, true);
  assert.deepEqual(Object.keys(d.counts), COUNT_KEYS);
  assert.equal(d.counts.closed, 0);
  assert.equal(d.order, 'desc');
  assert.equal(columnIndex(d.columns, 'houseCode'), 1);
  assert.equal(columnIndex(d.columns, 'nope'), -1);
});

test('a missing or broken answer reads as an empty ledger', () => {
  for (const raw of [null, 'x', {}, { rows: 'x', columns: null, counts: 3 }]) {
    const d = normalizeLedger(raw);
    assert.deepEqual([d.rows, d.columns, d.numberMatched, d.counts.total, d.limit], [[], [], 0, 0, 50]);
  }
});

test('cells read as text by their kind', () => {
  assert.equal(cellText('number', 1234.5), '1,234.5');
  assert.equal(cellText('number', 3), '3');
  assert.equal(cellText('date', '2022-10-01'), '2022-10-01');
  assert.equal(cellText('text', ' 衡阳 '), '衡阳');
  assert.equal(cellText('label', null), '—');
  assert.equal(cellText('text', ''), '—');
});

test('a building link names the building and nothing else', () => {
  assert.equal(buildingHref(ID), `/#building=${ID}`);
  assert.equal(buildingIdFromHash(`#building=${ID}`), ID);
  assert.equal(buildingIdFromHash(`#map=17/26.9/112.5&building=${ID.toUpperCase()}`), ID);
  for (const bad of ['', null, '#building=', '#building=1;drop', `#building=${ID}x`, `#xbuilding=${ID}`, '#building=%E0%A4%A']) {
    assert.equal(buildingIdFromHash(bad), null, String(bad));
  }
});

test('rows that carry flaggedPhotos get a 照片存疑 column; a server column or an older server is left alone', () => {
  const columns = [{ key: 'houseCode', header: '房屋编码', kind: 'text' }];
  const d = normalizeLedger({ columns, rows: [{ id: 'a', cells: ['HX-1'], flaggedPhotos: 2 }, { id: 'b', cells: ['HX-2'] }] });
  assert.deepEqual(d.columns.map((c) => c.key), ['houseCode', 'flaggedPhotos']);
  assert.deepEqual(d.rows.map((r) => r.cells), [['HX-1', 2], ['HX-2', 0]]);
  const old = normalizeLedger({ columns, rows: [{ id: 'a', cells: ['HX-1'] }] });
  assert.deepEqual(old.columns.map((c) => c.key), ['houseCode']);
  const served = normalizeLedger({ columns: [...columns, { key: 'flaggedPhotos', header: '照片存疑', kind: 'number' }],
    rows: [{ id: 'a', cells: ['HX-1', 1], flaggedPhotos: 1 }] });
  assert.deepEqual(served.rows[0].cells, ['HX-1', 1]);
});
