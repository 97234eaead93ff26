// The figures of GET /api/stats/report as the sentences of a campaign report ("…共排查房屋2081栋
// …拆除房屋46栋，面积约3400平方米…") and as the rows of a table, in the current language. Pure:
// no DOM; i18n.js supplies the words.

import { t, language } from './i18n.js';
import { formatNumber } from './format.js';

const GRADES = ['A', 'B', 'C', 'D'];
const JUDGEMENTS = ['serious', 'some', 'none'];

function zh() {
  return language() !== 'en';
}

function count(value) {
  const n = Number(value) || 0;
  return zh() ? String(n) : formatNumber(n, 0);
}

/**
 * An area as a report rounds it after "约"/"about": two significant digits (2999.8 → 3000,
 * 433.3 → 430, 3433.1 → 3400), whole square metres under 100.
 */
export function approxArea(value) {
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0) return 0;
  if (v < 100) return Math.round(v);
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / step) * step;
}

/** The rounded area as text: "3000", "1.2万" in Chinese from ten thousand on; "3,000" in English. */
export function approxAreaText(value) {
  const a = approxArea(value);
  if (!zh()) return formatNumber(a, 0);
  return a >= 10000 ? `${Number((a / 10000).toFixed(1))}万` : String(a);
}

/** A share 0–1 as a percentage with at most one decimal ("100%", "98.7%"); null → "—". */
export function formatShare(share) {
  if (share == null || !Number.isFinite(Number(share))) return '—';
  return `${Number((Number(share) * 100).toFixed(1))}%`;
}

/** "2022年5月20日" in Chinese, "2022-05-20" in English; withYear false drops the year (Chinese). */
export function formatDay(value, withYear = true) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  if (!m) return value || '';
  if (!zh()) return value;
  return `${withYear ? `${m[1]}年` : ''}${+m[2]}月${+m[3]}日`;
}

/** "2022年5月20日至8月31日" (the year once when both days share it), or "截至…" without a start. */
export function periodPhrase(from, to) {
  if (!from) return t('report.s.until', { to: formatDay(to) });
  const sameYear = from.slice(0, 4) === (to || '').slice(0, 4);
  return t('report.s.range', { from: formatDay(from), to: formatDay(to, !sameYear) });
}

function surveySentence(r, period, area) {
  if (!r.surveyed) return t('report.s.surveyNone', { period, area });
  const h = r.hazards || {};
  return t('report.s.survey', {
    period, area, surveyed: count(r.surveyed), serious: count(h.serious), some: count(h.some), none: count(h.none),
  });
}

/** The operating buildings are counted up to the end of the period, which the sentence names. */
function operatingSentence(o, from, to) {
  const end = formatDay(to, !from || from.slice(0, 4) !== (to || '').slice(0, 4));
  if (!o || !o.buildings) return t('report.s.operatingNone', { end });
  if (o.documentShare === 1 && o.onsiteShare === 1) return t('report.s.operatingAll', { end, buildings: count(o.buildings) });
  return t('report.s.operating', {
    end,
    buildings: count(o.buildings),
    document: count(o.documentRechecked),
    documentShare: formatShare(o.documentShare),
    onsite: count(o.onsiteRechecked),
    onsiteShare: formatShare(o.onsiteShare),
  });
}

function appraisalSentence(a = {}) {
  const total = GRADES.reduce((s, g) => s + (Number(a[g]) || 0), 0);
  if (!total) return t('report.s.appraisalsNone');
  const grades = GRADES.filter((g) => a[g]).map((g) => t('report.s.grade', { grade: g, n: count(a[g]) }));
  return t('report.s.appraisals', {
    total: count(total),
    grades: grades.join(t('value.listSeparator')),
    dangerous: count((Number(a.C) || 0) + (Number(a.D) || 0)),
  });
}

function batchName(name) {
  return name || t('report.s.batchOther');
}

function demolitionSentence(d) {
  if (!d || !d.buildings) return t('report.s.demolitionsNone');
  let text = t('report.s.demolitions', { buildings: count(d.buildings), area: approxAreaText(d.area) });
  // 空置危房 is counted from the data (vacant, and a hazard or grade C/D found before), never read from a batch's name.
  const vacantHazardous = Number(d.vacantHazardous) || 0;
  if (vacantHazardous) text += t('report.s.vacantHazardous', { n: count(vacantHazardous) });
  const batches = (d.batches || []).filter((b) => b && b.buildings);
  // A single unnamed batch is all of them: nothing to add.
  if (batches.length && !(batches.length === 1 && !batches[0].name)) {
    const parts = batches.map((b) => t('report.s.batch', { name: batchName(b.name), n: count(b.buildings), area: approxAreaText(b.area) }));
    text += t(vacantHazardous ? 'report.s.batchesAfter' : 'report.s.batches', { batches: parts.join(t('report.s.batchSeparator')) });
  }
  return text + t('report.s.end');
}

/**
 * The sentences of report r (the API's answer) for the area named area ("全区", "华兴街道",
 * "所绘范围内"): surveyed and hazards; operating buildings rechecked; appraisals by grade;
 * rectifications; demolitions with their batches; close-outs.
 */
export function reportSentences(r, area) {
  const period = periodPhrase(r.from, r.to);
  const rect = r.rectifications || {};
  return [
    surveySentence(r, period, area),
    operatingSentence(r.operating, r.from, r.to),
    appraisalSentence(r.appraisals),
    t('report.s.rectifications', { ordered: count(rect.ordered), done: count(rect.done), overdue: count(rect.overdue) }),
    demolitionSentence(r.demolitions),
    t('report.s.closedOut', { n: count(r.closedOut) }),
  ];
}

/** The sentences as one paragraph (no space between Chinese sentences). */
export function reportParagraph(sentences) {
  return sentences.join(zh() ? '' : ' ');
}

/** The text the copy button copies: a heading line, then the paragraph. */
export function reportText(heading, sentences) {
  return `${heading}\n${reportParagraph(sentences)}`;
}

function buildings(n) {
  return t('report.value.buildings', { n: count(n) });
}

function shareOf(n, share) {
  return t('report.value.share', { n: count(n), share: formatShare(share) });
}

/** The table of the same figures: [{label, value, sub}] (sub: a part of the row above). */
export function reportRows(r) {
  const h = r.hazards || {};
  const o = r.operating || {};
  const a = r.appraisals || {};
  const rect = r.rectifications || {};
  const d = r.demolitions || {};
  const rows = [{ label: t('report.row.surveyed'), value: buildings(r.surveyed) }];
  JUDGEMENTS.forEach((j) => rows.push({ label: t(`report.row.${j}`), value: buildings(h[j]), sub: true }));
  rows.push({ label: t('report.row.operating'), value: buildings(o.buildings) });
  rows.push({ label: t('report.row.document'), value: shareOf(o.documentRechecked, o.documentShare), sub: true });
  rows.push({ label: t('report.row.onsite'), value: shareOf(o.onsiteRechecked, o.onsiteShare), sub: true });
  rows.push({ label: t('report.row.appraised'), value: buildings(GRADES.reduce((s, g) => s + (Number(a[g]) || 0), 0)) });
  GRADES.forEach((g) => rows.push({ label: t('report.row.grade', { grade: g }), value: buildings(a[g]), sub: true }));
  rows.push({ label: t('report.row.ordered'), value: buildings(rect.ordered) });
  rows.push({ label: t('report.row.done'), value: buildings(rect.done) });
  rows.push({ label: t('report.row.overdue'), value: buildings(rect.overdue) });
  rows.push({ label: t('report.row.demolished'), value: buildings(d.buildings) });
  rows.push({ label: t('report.row.demolishedArea'), value: t('report.value.area', { area: formatNumber(d.area || 0, 1) }), sub: true });
  rows.push({ label: t('report.row.vacant'), value: buildings(d.vacant), sub: true });
  rows.push({ label: t('report.row.hazardous'), value: buildings(d.hazardous), sub: true });
  rows.push({ label: t('report.row.vacantHazardous'), value: buildings(d.vacantHazardous), sub: true });
  Object.entries(d.byUse || {}).forEach(([use, n]) => rows.push({ label: t(`report.row.use.${use}`), value: buildings(n), sub: true }));
  (d.batches || []).forEach((b) => rows.push({
    label: t('report.row.batch', { name: batchName(b.name) }),
    value: t('report.value.batch', { n: count(b.buildings), area: formatNumber(b.area || 0, 1) }),
    sub: true,
  }));
  rows.push({ label: t('report.row.closedOut'), value: buildings(r.closedOut) });
  return rows;
}
