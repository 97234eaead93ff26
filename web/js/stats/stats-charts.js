// ECharts options of the statistics dashboard, built from the answers of /api/stats and
// /api/stats/progress. Pure: no DOM, no ECharts import; each builder returns {title, option},
// the title in the current language (the page shows it above the chart). Colours follow the
// map (DOMAIN.md): serious or D red, some or C orange, B yellow, none or A blue, grey unsurveyed.
// Tooltips render into the canvas (renderMode richText): ECharts' HTML tooltip writes style
// attributes, which the page's Content Security Policy refuses.

import { t } from '../shared/i18n.js';

// `linked`: the values whose buildings the hazard ledger lists whole, so that a bar of one opens a
// ledger of exactly its count. Buildings judged 未发现隐患 or not surveyed are on the ledger only
// when closed out or under an order: their bars do not open it.
const JUDGEMENT = {
  codes: ['serious', 'some', 'none', ''],
  linked: ['serious', 'some'],
  colours: { serious: '#d32f2f', some: '#f57c00', none: '#1e6fd9', '': '#9e9e9e' },
  label: (code) => t(`chart.judgement.${code || 'null'}`),
};
const GRADE = {
  codes: ['D', 'C', 'B', 'A'],
  linked: ['D', 'C', 'B', 'A'],
  colours: { D: '#d32f2f', C: '#f57c00', B: '#fdd835', A: '#1e6fd9' },
  label: (code) => t('chart.grade', { grade: code }),
};
const FIELDS = { judgement: JUDGEMENT, grade: GRADE };

const TOOLTIP = { renderMode: 'richText', confine: true };

/** Whether the bar series "<field>:<code>" opens the ledger (its count is the ledger's). */
export function linksToLedger(seriesId) {
  const [field, code] = String(seriesId).split(':');
  return !!FIELDS[field] && FIELDS[field].linked.includes(code);
}

/**
 * The answer of /api/stats?groupBy=<unit>,<field> as a cross table: the units in code order
 * ({code, name}) and counts[unitCode][value] ('' for no value: not surveyed, not appraised).
 */
export function crossTable(answer, unit, field) {
  const names = new Map();
  const counts = {};
  for (const g of (answer && answer.groups) || []) {
    const code = g[unit];
    if (!code) continue;
    if (!names.has(code)) names.set(code, g[`${unit}Name`] || code);
    const value = g[field] == null ? '' : String(g[field]);
    counts[code] = counts[code] || {};
    counts[code][value] = (counts[code][value] || 0) + (Number(g.buildings) || 0);
  }
  const units = [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
  return { units, counts };
}

/**
 * Stacked horizontal bars of buildings per unit ('street' or 'community') by field ('judgement'
 * or 'grade'). Series ids are "<field>:<code>" ("judgement:" for no judgement, shown only when
 * there is any); buildings never appraised are left out of the grade chart. Returns {title,
 * option, units}: units[i] is the unit of category i, for a click.
 */
export function barChart(answer, { unit, field, clickable = false }) {
  const spec = FIELDS[field];
  const { units, counts } = crossTable(answer, unit, field);
  const codes = spec.codes.filter((code) => code !== '' || (field === 'judgement'
    && units.some((u) => counts[u.code][''])));
  const title = t(`chart.${field}.title`, { unit: t(`chart.unit.${unit}`) });
  const described = units.map((u) => t('chart.describe.unit', {
    name: u.name,
    values: codes.map((code) => t('chart.describe.value', { label: spec.label(code), n: counts[u.code][code] || 0 }))
      .join(t('value.listSeparator')),
  }));
  const description = t('chart.describe', { title, units: described.join(t('chart.describe.separator')) });
  const option = {
    aria: { enabled: true, label: { description } },
    animationDuration: 300,
    tooltip: { ...TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 28, top: 56, bottom: 34, containLabel: true },
    xAxis: { type: 'value', name: t('chart.axis.buildings'), nameLocation: 'middle', nameGap: 26, minInterval: 1 },
    yAxis: {
      type: 'category', name: t(`chart.axis.${unit}`), nameLocation: 'start', inverse: true,
      data: units.map((u) => u.name), axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: codes.map((code) => ({
      id: `${field}:${code}`,
      name: spec.label(code),
      type: 'bar',
      stack: 'buildings',
      barMaxWidth: 36,
      cursor: clickable && spec.linked.includes(code) ? 'pointer' : 'default',
      silent: clickable && !spec.linked.includes(code),
      emphasis: { focus: 'series' },
      itemStyle: { color: spec.colours[code] },
      data: units.map((u) => counts[u.code][code] || 0),
    })),
  };
  return { title, option, units };
}

function sum(values) {
  return Object.values(values || {}).reduce((s, n) => s + (Number(n) || 0), 0);
}

/** The progress steps drawn, in order, with how each is read from a period of the answer. */
export const PROGRESS_STEPS = [
  ['surveyed', (p) => p.surveyed],
  ['document', (p) => p.rechecked && p.rechecked.document],
  ['onsite', (p) => p.rechecked && p.rechecked.onsite],
  ['appraised', (p) => sum(p.appraised)],
  ['controlled', (p) => p.controlled],
  ['rectified', (p) => p.rectified],
  ['demolished', (p) => p.demolished && p.demolished.buildings],
  ['closedOut', (p) => p.closedOut],
];

/**
 * Lines of the buildings reaching each step per period of /api/stats/progress (interval 'week'
 * or 'month'), as running totals when cumulative. Periods are labelled by their first day
 * ("2022-05-16") or month ("2022-05").
 */
export function progressChart(answer, { interval, cumulative }) {
  const periods = (answer && answer.periods) || [];
  const labels = periods.map((p) => (interval === 'month' ? String(p.start).slice(0, 7) : String(p.start)));
  const mode = cumulative ? 'chart.progress.cumulative' : interval === 'month' ? 'chart.progress.perMonth' : 'chart.progress.perWeek';
  const option = {
    aria: { enabled: true },
    animationDuration: 300,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 28, top: 56, bottom: 34, containLabel: true },
    xAxis: { type: 'category', name: t(`chart.axis.${interval}`), nameLocation: 'middle', nameGap: 28, data: labels },
    yAxis: { type: 'value', name: t('chart.axis.buildings'), minInterval: 1 },
    series: PROGRESS_STEPS.map(([key, read]) => {
      let running = 0;
      return {
        id: `progress:${key}`,
        name: t(`chart.progress.${key}`),
        type: 'line',
        symbolSize: 6,
        data: periods.map((p) => {
          const n = Number(read(p)) || 0;
          running += n;
          return cumulative ? running : n;
        }),
      };
    }),
  };
  return { title: t('chart.progress.title', { mode: t(mode) }), option };
}

/** The rectification funnel: the milestones of /api/stats/progress (total), each building counted once. */
export function funnelStages(progressTotal) {
  const total = progressTotal || {};
  return ['rectificationOrdered', 'rectificationStarted', 'rectified', 'accepted'].map((key, i) => ({
    id: ['ordered', 'started', 'rectified', 'accepted'][i],
    value: Number(total[key]) || 0,
  }));
}

export function funnelChart(stages) {
  const max = Math.max(1, ...stages.map((s) => s.value));
  const option = {
    aria: { enabled: true },
    animationDuration: 300,
    tooltip: { ...TOOLTIP, trigger: 'item' },
    series: [{
      id: 'funnel',
      name: t('chart.funnel.title'),
      type: 'funnel',
      sort: 'none',
      min: 0,
      max,
      minSize: '12%',
      left: '8%',
      width: '84%',
      top: 8,
      bottom: 8,
      gap: 3,
      label: { position: 'inside', color: '#111', formatter: (p) => `${p.name}  ${t('chart.value', { n: p.value })}` },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      color: ['#ffb74d', '#ffcc80', '#a5d6a7', '#81c784'],
      data: stages.map((s) => ({ name: t(`chart.funnel.${s.id}`), value: s.value })),
    }],
  };
  return { title: t('chart.funnel.title'), option };
}
