import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setLanguage } from '../js/shared/i18n.js';
import {
  approxArea, approxAreaText, formatShare, periodPhrase, reportSentences, reportRows, reportText,
} from '../js/shared/report-text.js';
import { presetRange, presetOf, periodIssue, addMonths, isDate } from '../js/report/report-period.js';

// GET /api/stats/report?from=2022-05-20&to=2022-08-31 on the demo data, as the server answers.
const DEMO = {
  from: '2022-05-20', to: '2022-08-31', surveyed: 2081,
  hazards: { serious: 14, some: 120, none: 1947 },
  operating: { buildings: 318, documentRechecked: 318, onsiteRechecked: 318, documentShare: 1.0, onsiteShare: 1.0 },
  appraisals: { A: 12, B: 40, C: 38, D: 18 },
  rectifications: { ordered: 74, done: 23, overdue: 14 },
  demolitions: {
    buildings: 46, area: 3433.1, vacant: 16, hazardous: 2, vacantHazardous: 2,
    byUse: { operating: 0, mixed: 0, other: 46 },
    batches: [
      { name: '南华大学雨母校区周边违建及危房拆除', buildings: 44, area: 2999.8 },
      { name: '空置危房拆除', buildings: 2, area: 433.3 },
    ],
  },
  closedOut: 91,
};

function inChinese(fn) {
  setLanguage('zh-CN');
  return fn();
}

test('the demo report reads as the campaign report did', () => {
  const s = inChinese(() => reportSentences(DEMO, '全区'));
  assert.equal(s[0], '2022年5月20日至8月31日，全区共排查房屋2081栋，其中存在严重安全隐患14栋、存在一定安全隐患120栋、未发现安全隐患1947栋。');
  assert.equal(s[1], '截至8月31日，经营性自建房（含自住兼经营）318栋，资料复查和入户抽查均已完成，复查率100%。');
  assert.equal(s[2], '完成房屋安全鉴定108栋，其中A级12栋、B级40栋、C级38栋、D级18栋；C、D级危房共56栋。');
  assert.equal(s[3], '下达整治74栋，完成整治23栋；期末逾期14栋。');
  assert.equal(s[4], '拆除房屋46栋，面积约3400平方米，其中空置危房2栋；按批次：南华大学雨母校区周边违建及危房拆除44栋、'
    + '面积约3000平方米；空置危房拆除2栋、面积约430平方米。');
  assert.equal(s[5], '完成销号91栋。');
});

test('the sentences follow the English toggle', () => {
  setLanguage('en');
  try {
    const s = reportSentences(DEMO, 'the whole zone');
    assert.match(s[0], /^From 2022-05-20 to 2022-08-31, 2,081 buildings were surveyed in the whole zone/);
    assert.match(s[1], /100%/);
    assert.match(s[4], /46 buildings were demolished, about 3,400 m², of which .*: 44 buildings, about 3,000 m²/);
  } finally {
    setLanguage('zh-CN');
  }
});

test('shares below 100% are given one by one', () => {
  const r = { ...DEMO, operating: { buildings: 300, documentRechecked: 300, onsiteRechecked: 31, documentShare: 1, onsiteShare: 0.103 } };
  const s = inChinese(() => reportSentences(r, '华兴街道'));
  assert.equal(s[1], '截至8月31日，经营性自建房（含自住兼经营）300栋，已资料复查300栋（100%），已入户抽查31栋（10.3%）。');
});

test('an empty period says so instead of listing zeros', () => {
  const empty = {
    from: null, to: '2026-11-26', surveyed: 0, hazards: { serious: 0, some: 0, none: 0 },
    operating: { buildings: 0, documentRechecked: 0, onsiteRechecked: 0, documentShare: null, onsiteShare: null },
    appraisals: {}, rectifications: { ordered: 0, done: 0, overdue: 0 },
    demolitions: { buildings: 0, area: 0, vacant: 0, batches: [] }, closedOut: 0,
  };
  const s = inChinese(() => reportSentences(empty, '所绘范围内'));
  assert.equal(s[0], '截至2026年11月26日，所绘范围内未新排查房屋。');
  assert.equal(s[1], '截至2026年11月26日，尚无已排查的经营性自建房。');
  assert.equal(s[2], '未完成房屋安全鉴定。');
  assert.equal(s[4], '未拆除房屋。');
});

test('vacant hazardous houses are counted from data, never read from a batch name', () => {
  const d = (demolitions) => inChinese(() => reportSentences({ ...DEMO, demolitions }, '全区')[4]);
  const named = [{ name: '空置危房拆除', buildings: 2, area: 200 }];
  assert.equal(d({ buildings: 2, area: 200, vacant: 2, vacantHazardous: 0, batches: named }),
    '拆除房屋2栋，面积约200平方米，其中空置危房拆除2栋、面积约200平方米。');
  assert.equal(d({ buildings: 3, area: 250, vacant: 1, vacantHazardous: 1, batches: [{ name: null, buildings: 3, area: 250 }] }),
    '拆除房屋3栋，面积约250平方米，其中空置危房1栋。');
  const rows = inChinese(() => reportRows(DEMO)).map((r) => `${r.label} ${r.value}`);
  assert.ok(rows.includes('其中：空置危房 2 栋'), rows.join('\n'));
  assert.ok(rows.includes('其中：拆除前存在隐患 2 栋'), rows.join('\n'));
  assert.ok(rows.includes('其中：其他用途 46 栋'), rows.join('\n'));
});

test('demolitions in no batch are "other"; one unnamed batch adds nothing', () => {
  const d = (batches) => inChinese(() => reportSentences({ ...DEMO, demolitions: { buildings: 3, area: 250, vacant: 0, batches } }, '全区')[4]);
  assert.equal(d([{ name: null, buildings: 3, area: 250 }]), '拆除房屋3栋，面积约250平方米。');
  assert.equal(d([{ name: '甲批', buildings: 2, area: 200 }, { name: null, buildings: 1, area: 50 }]),
    '拆除房屋3栋，面积约250平方米，其中甲批2栋、面积约200平方米；其他拆除1栋、面积约50平方米。');
});

test('areas are rounded to two significant digits after 约', () => {
  assert.deepEqual([2999.8, 433.3, 3433.1, 99.6, 12.4, 0, null].map(approxArea), [3000, 430, 3400, 100, 12, 0, 0]);
  assert.equal(inChinese(() => approxAreaText(12345)), '1.2万');
  assert.deepEqual([1, 0.987, 0.1, null].map(formatShare), ['100%', '98.7%', '10%', '—']);
});

test('a period across years names both years; no start reads 截至', () => {
  assert.equal(inChinese(() => periodPhrase('2022-12-01', '2023-01-31')), '2022年12月1日至2023年1月31日');
  assert.equal(inChinese(() => periodPhrase('', '2022-08-31')), '截至2022年8月31日');
});

test('the table holds the same figures, exact areas and every batch', () => {
  const rows = inChinese(() => reportRows(DEMO));
  const row = (label) => rows.find((r) => r.label === label);
  assert.equal(row('排查房屋').value, '2081 栋');
  assert.equal(row('资料复查').value, '318 栋（100%）');
  assert.equal(row('入户抽查').value, '318 栋（100%）');
  assert.equal(row('拆除面积').value, '3,433.1 平方米');
  assert.equal(row('批次：南华大学雨母校区周边违建及危房拆除').value, '44 栋，2,999.8 平方米');
  assert.equal(row('批次：空置危房拆除').value, '2 栋，433.3 平方米');
  assert.equal(row('销号').value, '91 栋');
  assert.equal(row('其中：D级').sub, true);
});

test('the copied text is a heading line and one paragraph', () => {
  const text = inChinese(() => reportText('全区 报告', ['甲。', '乙。']));
  assert.equal(text, '全区 报告\n甲。乙。');
});

test('the default period is the last three months up to today', () => {
  assert.deepEqual(presetRange('last3m', '2026-11-26'), { from: '2026-08-27', to: '2026-11-26' });
  assert.deepEqual(presetRange('last3m', '2026-05-31'), { from: '2026-03-01', to: '2026-05-31' });
  assert.deepEqual(presetRange('year', '2026-11-26'), { from: '2026-01-01', to: '2026-11-26' });
  assert.deepEqual(presetRange('lastYear', '2026-11-26'), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(presetRange('all', '2026-11-26'), { from: '', to: '2026-11-26' });
  assert.equal(presetRange('custom', '2026-11-26'), null);
  assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
});

test('dates typed by hand are named custom unless they are a preset', () => {
  assert.equal(presetOf('2022-05-20', '2022-08-31', '2026-11-26'), 'custom');
  assert.equal(presetOf('', '2026-11-26', '2026-11-26'), 'all');
  assert.equal(presetOf('2026-08-27', '2026-11-26', '2026-11-26'), 'last3m');
});

test('a period must be real dates in order', () => {
  assert.equal(periodIssue('2022-05-20', '2022-08-31'), null);
  assert.equal(periodIssue('', '2022-08-31'), null);
  assert.equal(periodIssue('2022-09-01', '2022-08-31'), 'report.issue.dates');
  assert.equal(periodIssue('2022-02-30', '2022-08-31'), 'report.issue.date');
  assert.equal(periodIssue('2022-05-20', ''), 'report.issue.date');
  assert.equal(isDate('2024-02-29'), true);
});
