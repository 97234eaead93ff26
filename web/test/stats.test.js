import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setLanguage } from '../js/shared/i18n.js';
import { crossTable, barChart, progressChart, funnelStages, funnelChart, linksToLedger } from '../js/stats/stats-charts.js';
import { totals, barHref, ledgerHref } from '../js/stats/stats-totals.js';

// GET /api/stats?groupBy=street,judgement on the demo data (two streets shown).
const BY_JUDGEMENT = {
  groupBy: ['street', 'judgement'], asOf: null,
  total: { buildings: 1625, footprintArea: 0, floorArea: 0 },
  groups: [
    { buildings: 694, street: '430406006', streetName: '金龙坪街道', judgement: 'none' },
    { buildings: 2, street: '430406006', streetName: '金龙坪街道', judgement: 'serious' },
    { buildings: 49, street: '430406006', streetName: '金龙坪街道', judgement: 'some' },
    { buildings: 44, street: '430406006', streetName: '金龙坪街道', judgement: null },
    { buildings: 784, street: '430408003', streetName: '华兴街道', judgement: 'none' },
    { buildings: 8, street: '430408003', streetName: '华兴街道', judgement: 'serious' },
    { buildings: 44, street: '430408003', streetName: '华兴街道', judgement: 'some' },
  ],
};

const BY_GRADE = {
  groups: [
    { buildings: 4, community: '430408003002', communityName: '长丰社区', grade: 'D' },
    { buildings: 150, community: '430408003002', communityName: '长丰社区', grade: null },
    { buildings: 3, community: '430408003001', communityName: '祝融社区', grade: 'A' },
  ],
};

// GET /api/stats/progress?interval=month (two months).
const PROGRESS = {
  interval: 'month', from: null, to: null,
  periods: [
    { start: '2022-05-01', end: '2022-05-31', surveyed: 333, rechecked: { document: 142, onsite: 13 }, appraised: { A: 1 },
      controlled: 9, rectificationOrdered: 0, rectified: 0, demolished: { buildings: 0, area: 0 }, closedOut: 1 },
    { start: '2022-06-01', end: '2022-06-30', surveyed: 846, rechecked: { document: 831, onsite: 234 }, appraised: { A: 10, B: 40, C: 35, D: 18 },
      controlled: 4, rectificationOrdered: 70, rectified: 4, demolished: { buildings: 1, area: 260.5 }, closedOut: 34 },
  ],
  total: { surveyed: 2081, rechecked: { document: 1841, onsite: 318 }, appraised: { A: 12, B: 40, C: 38, D: 18 }, controlled: 14,
    rectificationOrdered: 74, rectificationStarted: 48, rectified: 23, accepted: 12, demolished: { buildings: 46, area: 3433.1 }, closedOut: 91 },
};

test('a two-way answer becomes units in code order with counts per value', () => {
  const { units, counts } = crossTable(BY_JUDGEMENT, 'street', 'judgement');
  assert.deepEqual(units, [{ code: '430406006', name: '金龙坪街道' }, { code: '430408003', name: '华兴街道' }]);
  assert.deepEqual(counts['430406006'], { none: 694, serious: 2, some: 49, '': 44 });
});

test('judgement bars are stacked per street, hazards first, in the map colours', () => {
  setLanguage('zh-CN');
  const { title, option, units } = barChart(BY_JUDGEMENT, { unit: 'street', field: 'judgement', clickable: true });
  assert.equal(title, '各街道房屋隐患初判情况（栋）');
  assert.deepEqual(units.map((u) => u.code), ['430406006', '430408003']);
  assert.deepEqual(option.series.map((s) => s.id), ['judgement:serious', 'judgement:some', 'judgement:none', 'judgement:']);
  assert.deepEqual(option.series.map((s) => s.name), ['严重隐患', '一定隐患', '未发现隐患', '未排查']);
  assert.deepEqual(option.series[0].data, [2, 8]);
  assert.deepEqual(option.series[3].data, [44, 0]);
  assert.equal(option.series[0].itemStyle.color, '#d32f2f');
  assert.ok(option.series.every((s) => s.type === 'bar' && s.stack === 'buildings'));
  // Only values the ledger lists whole open it: a bar of 未发现隐患 would open a ledger of fewer.
  assert.deepEqual(option.series.map((s) => s.cursor), ['pointer', 'pointer', 'default', 'default']);
  assert.deepEqual(option.series.map((s) => !!s.silent), [false, false, true, true]);
  assert.deepEqual(option.series.map((s) => linksToLedger(s.id)), [true, true, false, false]);
  assert.ok(['judgement:serious', 'grade:A', 'grade:D'].every(linksToLedger));
  assert.deepEqual(option.yAxis.data, ['金龙坪街道', '华兴街道']);
  assert.equal(option.yAxis.name, '街道');
  assert.equal(option.xAxis.name, '房屋数（栋）');
  assert.match(option.aria.label.description, /^各街道房屋隐患初判情况（栋）。金龙坪街道：严重隐患2栋、一定隐患49栋、未发现隐患694栋、未排查44栋；华兴街道/);
});

test('tooltips are drawn on the canvas, never as HTML (the CSP refuses its style attributes)', () => {
  const charts = [
    barChart(BY_JUDGEMENT, { unit: 'street', field: 'judgement' }).option,
    progressChart(PROGRESS, { interval: 'month', cumulative: true }).option,
    funnelChart(funnelStages(PROGRESS.total)).option,
  ];
  assert.ok(charts.every((o) => o.tooltip.renderMode === 'richText'));
});

test('grade bars leave out buildings never appraised; no-judgement shows only when there is any', () => {
  const { title, option, units } = barChart(BY_GRADE, { unit: 'community', field: 'grade' });
  assert.equal(title, '各社区/村已鉴定房屋的鉴定等级（栋）');
  assert.deepEqual(units.map((u) => u.name), ['祝融社区', '长丰社区']);
  assert.deepEqual(option.series.map((s) => s.id), ['grade:D', 'grade:C', 'grade:B', 'grade:A']);
  assert.deepEqual(option.series[0].data, [0, 4]);
  assert.equal(option.series[0].cursor, 'default');
  const surveyedOnly = { groups: BY_JUDGEMENT.groups.filter((g) => g.judgement) };
  assert.equal(barChart(surveyedOnly, { unit: 'street', field: 'judgement' }).option.series.length, 3);
});

test('progress lines add up period by period when cumulative', () => {
  const run = progressChart(PROGRESS, { interval: 'month', cumulative: true });
  assert.equal(run.title, '排查整治进度：累计数（栋）');
  assert.deepEqual(run.option.xAxis.data, ['2022-05', '2022-06']);
  assert.equal(run.option.xAxis.name, '月份');
  assert.equal(run.option.yAxis.name, '房屋数（栋）');
  const series = Object.fromEntries(run.option.series.map((s) => [s.id, s.data]));
  assert.deepEqual(series['progress:surveyed'], [333, 1179]);
  assert.deepEqual(series['progress:appraised'], [1, 104]);
  assert.deepEqual(series['progress:onsite'], [13, 247]);
  assert.deepEqual(series['progress:demolished'], [0, 1]);
  const weekly = progressChart({ periods: [{ start: '2022-05-16', surveyed: 5 }] }, { interval: 'week', cumulative: false });
  assert.equal(weekly.title, '排查整治进度：每周新增（栋）');
  assert.deepEqual(weekly.option.xAxis.data, ['2022-05-16']);
  assert.deepEqual(weekly.option.series[0].data, [5]);
  assert.deepEqual(weekly.option.series[1].data, [0]);
});

test('the funnel: ordered, started, rectified, accepted', () => {
  const stages = funnelStages(PROGRESS.total);
  assert.deepEqual(stages, [
    { id: 'ordered', value: 74 }, { id: 'started', value: 48 }, { id: 'rectified', value: 23 }, { id: 'accepted', value: 12 },
  ]);
  const { title, option } = funnelChart(stages);
  assert.equal(title, '整治进展：从下达整治到验收（栋）');
  assert.equal(option.series[0].sort, 'none');
  assert.deepEqual(option.series[0].data.map((d) => d.name), ['下达整治', '开始整治', '整治完成', '验收通过']);
  assert.equal(option.series[0].label.formatter({ name: '下达整治', value: 74 }), '下达整治  74 栋');
  assert.deepEqual(funnelStages(null).map((s) => s.value), [0, 0, 0, 0]);
});

test('chart texts follow the English toggle', () => {
  setLanguage('en');
  try {
    const { title, option } = barChart(BY_JUDGEMENT, { unit: 'street', field: 'judgement' });
    assert.equal(title, 'Preliminary judgement per street (buildings)');
    assert.equal(option.xAxis.name, 'Buildings');
    assert.equal(option.series[0].name, 'Serious');
  } finally {
    setLanguage('zh-CN');
  }
});

test('a bar opens the ledger of its unit and value', () => {
  assert.equal(barHref('street', '430408003', 'judgement', 'serious'), '/ledger.html?street=430408003&judgement=serious');
  assert.equal(barHref('community', '430408003002', 'grade', 'D'), '/ledger.html?community=430408003002&grade=D');
  assert.equal(barHref('street', '430406006', 'judgement', ''), '/ledger.html?street=430406006');
  assert.equal(ledgerHref({}), '/ledger.html');
});

test('totals: buildings, surveyed with its share, hazards, C/D, overdue, demolished, closed', () => {
  const summary = { total: { buildings: 2125, surveyed: 2081, byStatus: { closed: 91 }, byJudgement: { serious: 14, some: 120, none: 1947 }, byGrade: { A: 12, B: 40, C: 38, D: 18 } } };
  const list = totals(summary, 75, PROGRESS.total);
  const by = Object.fromEntries(list.map((x) => [x.id, x]));
  assert.deepEqual(list.map((x) => x.id), ['buildings', 'surveyed', 'hazards', 'dangerous', 'overdue', 'demolished', 'closed']);
  assert.equal(by.surveyed.value, 2081);
  assert.equal(Math.round(by.surveyed.share * 1000), 979);
  assert.equal(by.hazards.value, 134);
  assert.deepEqual(by.hazards.filter, { judgement: 'serious,some' });
  assert.equal(by.dangerous.value, 56);
  assert.equal(by.overdue.value, 75);
  assert.equal(by.demolished.value, 46);
  assert.equal(by.demolished.area, 3433.1);
  assert.equal(by.closed.value, 91);
  assert.equal(totals(null, undefined, undefined)[0].value, 0);
});

test('only chart.js imports ECharts, as the ES module of its webjar', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('../js/', import.meta.url);
  const importers = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'))
    .filter((f) => /from\s+['"][^'"]*echarts[^'"]*['"]/.test(readFileSync(new URL(f, dir), 'utf8')));
  assert.deepEqual(importers, ['stats/chart.js']);
  assert.match(readFileSync(new URL('stats/chart.js', dir), 'utf8'), /from '\/webjars\/echarts\/5\.3\.1\/dist\/echarts\.esm\.min\.js'/);
});
