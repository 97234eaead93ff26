import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { t, setLanguage } from '../js/shared/i18n.js';
import '../js/shared/strings-ledger.js';
import '../js/shared/strings-stats.js';

// 逾期 has one meaning (a current deadline passed unmet): every place that names it says 逾期,
// never a narrower figure under the same word, and each page that shows it states the definition.
const NAMING_KEYS = ['legend.overdue', 'panel.overdue', 'filterForm.overdue', 'ledger.count.overdue',
  'ledger.overdueBadge', 'stats.total.overdue', 'report.row.overdue', 'tasks.group.overdue'];

test('every label of the overdue figure says 逾期 and none narrows it to rectifications', () => {
  setLanguage('zh-CN');
  for (const key of NAMING_KEYS) {
    assert.match(t(key), /逾期/, key);
    assert.doesNotMatch(t(key), /整治|拆除/, key);
  }
  assert.doesNotMatch(t('report.s.rectifications', { ordered: 1, done: 1, overdue: 1 }), /逾期未完成的整治或拆除/);
});

test('the definition is on the ledger, statistics and report pages and names every deadline', () => {
  setLanguage('zh-CN');
  const definition = t('overdue.definition');
  for (const part of ['24小时', '鉴定', '30天', '90天', '180天', '拆除']) assert.ok(definition.includes(part), part);
  for (const page of ['ledger.html', 'stats.html', 'report.html']) {
    const html = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8');
    assert.match(html, /data-i18n="overdue.definition"/, page);
  }
});
