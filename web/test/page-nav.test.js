import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLinks, pageKey, mayUseLedger } from '../js/shared/page-nav.js';

const pagesOf = (role) => pageLinks(role).map((l) => l.page);

test('street offices, the district and admins see the ledger link', () => {
  for (const role of ['street_office', 'district', 'admin']) {
    assert.deepEqual(pagesOf(role), ['map', 'ledger', 'stats', 'report', 'export'], role);
    assert.equal(mayUseLedger(role), true, role);
  }
});

test('other roles see every page but the ledger', () => {
  for (const role of ['inspector', 'appraiser', 'planner', '', undefined]) {
    assert.deepEqual(pagesOf(role), ['map', 'stats', 'report', 'export'], String(role));
    assert.equal(mayUseLedger(role), false, String(role));
  }
});

test('links point at the pages and name an i18n key', () => {
  const byPage = Object.fromEntries(pageLinks('admin').map((l) => [l.page, l]));
  assert.equal(byPage.map.href, '/');
  assert.equal(byPage.ledger.href, '/ledger.html');
  assert.equal(byPage.stats.href, '/stats.html');
  assert.equal(byPage.report.href, '/report.html');
  assert.equal(byPage.export.href, '/export.html');
  assert.equal(byPage.export.label, 'pageNav.export');
});

test('the current page is found by key or by path', () => {
  assert.equal(pageKey('ledger'), 'ledger');
  assert.equal(pageKey('/ledger.html'), 'ledger');
  assert.equal(pageKey('/'), 'map');
  assert.equal(pageKey('/nowhere.html'), '');
  assert.equal(pageKey(undefined), '');
});
