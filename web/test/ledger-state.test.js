import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readFilter, filterQuery, ledgerQuery, ledgerExportQuery, countQuery, emptyFilter, FILTER_KEYS,
} from '../js/shared/filter-params.js';
import {
  readLedgerState, ledgerSearch, pageOffset, lastPage, toggleSort, withFilter, shownRange, PAGE_SIZE,
} from '../js/ledger/ledger-state.js';

const POLYGON = '{"type":"Polygon","coordinates":[[[112.5,26.8],[112.6,26.8],[112.6,26.9],[112.5,26.8]]]}';

test('a filter is read from a page URL with every key present', () => {
  const f = readFilter('?street=430408003&overdue=true&from=2022-05-20&q=%20衡阳%20');
  assert.deepEqual(Object.keys(f), FILTER_KEYS);
  assert.equal(f.street, '430408003');
  assert.equal(f.overdue, 'true');
  assert.equal(f.from, '2022-05-20');
  assert.equal(f.q, '衡阳');
  assert.equal(f.grade, '');
});

test('malformed values are dropped rather than sent to the server', () => {
  const f = readFilter('overdue=yes&from=2022-5-1&to=tomorrow&grade=C,,D,%20');
  assert.equal(f.overdue, '');
  assert.equal(f.from, '');
  assert.equal(f.to, '');
  assert.equal(f.grade, 'C,D');
});

test('仅看照片存疑 is photoFlags=true or nothing', () => {
  assert.equal(readFilter('photoFlags=true').photoFlags, 'true');
  assert.equal(ledgerQuery(readFilter('photoFlags=true&overdue=true')), 'overdue=true&photoFlags=true');
  for (const bad of ['false', 'yes', '1', '']) assert.equal(readFilter(`photoFlags=${bad}`).photoFlags, '', bad);
  assert.equal(filterQuery(emptyFilter()), '', 'an unticked box sends nothing an older server would refuse');
  assert.equal(countQuery(readFilter('photoFlags=true&overdue=true')), 'overdue=true&limit=1', '/api/buildings does not take it');
});

test('a drawn polygon passes through whole, commas and all', () => {
  const f = readFilter(new URLSearchParams({ within: POLYGON }));
  assert.equal(f.within, POLYGON);
  assert.equal(new URLSearchParams(filterQuery(f)).get('within'), POLYGON);
});

test('only non-empty filter values reach the query, in a fixed order', () => {
  assert.equal(filterQuery(emptyFilter()), '');
  assert.equal(filterQuery({ q: 'x', street: '430408003', grade: 'C' }), 'street=430408003&grade=C&q=x');
  assert.equal(filterQuery({ unknown: 'x', overdue: 'false' }), 'overdue=false');
});

test('a ledger page query has the filter, sort, order, limit and offset', () => {
  assert.equal(ledgerQuery({ overdue: 'true' }, { sort: 'deadline', order: 'desc', limit: 50, offset: 100 }),
    'overdue=true&sort=deadline&order=desc&limit=50&offset=100');
  assert.equal(ledgerQuery({}, { limit: 50, offset: 0 }), 'limit=50');
});

test('an export query has the same filter and order but never limit or offset', () => {
  const q = ledgerExportQuery({ overdue: 'true', street: '430408003' }, { sort: 'deadline', order: 'asc' });
  assert.equal(q, 'street=430408003&overdue=true&sort=deadline&order=asc');
  assert.equal(ledgerExportQuery(emptyFilter()), '');
});

test('a count query asks for one feature', () => {
  assert.equal(countQuery({}), 'limit=1');
  assert.equal(countQuery({ grade: 'D' }), 'grade=D&limit=1');
});

test('the ledger view is read back from the URL it wrote', () => {
  const state = { filter: readFilter('overdue=true&street=430408003'), sort: 'deadline', order: 'desc', page: 3 };
  const search = ledgerSearch(state);
  assert.equal(search, '?street=430408003&overdue=true&sort=deadline&order=desc&page=3');
  assert.deepEqual(readLedgerState(search), state);
});

test('defaults stay out of the URL and bad view values fall back to them', () => {
  assert.equal(ledgerSearch({ filter: emptyFilter(), sort: '', order: '', page: 1 }), '');
  const s = readLedgerState('?sort=1;drop%20table&order=up&page=-2');
  assert.deepEqual([s.sort, s.order, s.page], ['', '', 1]);
  assert.equal(readLedgerState('?page=2.5').page, 1);
  assert.equal(readLedgerState('?page=7').page, 7);
});

test('pages of 50 rows', () => {
  assert.equal(PAGE_SIZE, 50);
  assert.equal(pageOffset(1), 0);
  assert.equal(pageOffset(3), 100);
  assert.equal(lastPage(0), 1);
  assert.equal(lastPage(50), 1);
  assert.equal(lastPage(51), 2);
});

test('clicking a header sorts by it ascending, clicking again flips the order, paging restarts', () => {
  const start = { filter: emptyFilter(), sort: '', order: '', page: 4 };
  const a = toggleSort(start, 'deadline');
  assert.deepEqual([a.sort, a.order, a.page], ['deadline', 'asc', 1]);
  const b = toggleSort(a, 'deadline');
  assert.equal(b.order, 'desc');
  assert.equal(toggleSort(b, 'deadline').order, 'asc');
  assert.equal(toggleSort(b, 'grade').order, 'asc');
  // The server's default sort (street, ascending) flips to descending on the first click.
  assert.equal(toggleSort({ ...start, sort: 'street' }, 'street').order, 'desc');
});

test('a new filter goes back to the first page and keeps the order', () => {
  const s = withFilter({ filter: emptyFilter(), sort: 'grade', order: 'desc', page: 5 }, readFilter('grade=D'));
  assert.deepEqual([s.sort, s.order, s.page, s.filter.grade], ['grade', 'desc', 1, 'D']);
});

test('the range shown reads 第 x–y 条', () => {
  assert.deepEqual(shownRange(0, 50, 137), { from: 1, to: 50, total: 137 });
  assert.deepEqual(shownRange(100, 37, 137), { from: 101, to: 137, total: 137 });
  assert.deepEqual(shownRange(0, 0, 0), { from: 0, to: 0, total: 0 });
});
