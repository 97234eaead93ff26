// The building record in the panel: a summary and the six attribute blocks, every label and
// code value through i18n. Builds DOM nodes only from text.

import { el, swatch } from '../../shared/dom.js';
import { t, codeLabel, statusLabel } from '../../shared/i18n.js';
import { BLOCKS, fieldsOf, fieldOf, FINISHED_STATUSES } from '../../shared/schema.js';
import { formatArea, formatDate, formatDateTime, formatNumber, formatText, isOverdue, todayIn } from '../../shared/format.js';
import { buildingStyle, category } from '../tiles/style.js';

const EMPTY = '—';

function yesNo(v) {
  if (v === true) return t('value.yes');
  if (v === false) return t('value.no');
  return EMPTY;
}

function list(values, label) {
  if (!Array.isArray(values) || values.length === 0) return EMPTY;
  return values.map(label).join(t('value.listSeparator'));
}

/** Any JSON value as short text, for keys the schema does not describe. */
export function formatAny(value) {
  if (value == null || value === '') return EMPTY;
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return formatNumber(value, 2);
  if (Array.isArray(value)) return value.length ? value.map(formatAny).join(t('value.listSeparator')) : EMPTY;
  if (typeof value === 'object') {
    const s = JSON.stringify(value);
    return s.length > 200 ? `${s.slice(0, 199)}…` : s;
  }
  return formatText(value);
}

/** The display text of one schema field's value. */
export function formatField(field, value) {
  if (!field) return formatAny(value);
  switch (field.kind) {
    case 'boolean': return yesNo(value);
    case 'date': return formatDate(value);
    case 'code': return value == null || value === '' ? EMPTY : codeLabel(field.name, value);
    case 'codes': return list(value, (c) => codeLabel(field.name, c));
    case 'integer': return formatNumber(value, 0);
    case 'number':
      if (field.name === 'floorArea') return formatArea(value, t('unit.m2'));
      if (field.name === 'height') return value == null || value === '' ? EMPTY : `${formatNumber(value, 2)} ${t('unit.m')}`;
      return formatNumber(value, 2);
    default: return formatText(value);
  }
}

function row(label, value, extra) {
  return [el('dt', { text: label }), el('dd', {}, el('span', { text: value }), extra)];
}

/**
 * The summary: status, the latest history entry (latest: its text, or null while unknown),
 * judgement, grade, place, deadline, areas, times. Status and latest entry come first, so the
 * peeking sheet on a phone shows what an action just did.
 */
export function renderSummary(props, latest = null) {
  const p = props || {};
  const overdue = isOverdue(p.deadline, p.status, todayIn(), FINISHED_STATUSES);
  const status = el('span', { class: `status-badge status-${category(p)}` },
    swatch(buildingStyle(p, { overdue })), el('span', { text: statusLabel(p.status) }));
  const judgement = p.judgement ? codeLabel('judgement', p.judgement) : t('panel.notJudged');
  const grade = p.grade ? codeLabel('grade', p.grade) : t('panel.notAppraised');
  const rows = [
    [el('dt', { text: t('panel.status') }), el('dd', {}, status)],
    latest ? [el('dt', { text: t('panel.latest') }), el('dd', { class: 'panel-latest', text: latest })] : null,
    row(t('panel.judgement'), judgement),
    row(t('panel.grade'), grade),
    row(t('panel.address'), formatText(p.address)),
    row(t('panel.street'), formatText(p.streetName)),
    row(t('panel.community'), formatText(p.communityName)),
    row(t('panel.deadline'), formatDate(p.deadline),
      overdue ? el('strong', { class: 'overdue-tag', text: t('panel.overdue') }) : null),
    row(t('panel.footprintArea'), formatArea(p.footprintArea, t('unit.m2'))),
    row(t('panel.floorArea'), formatArea(p.floorArea, t('unit.m2'))),
    p.batch ? row(t('panel.batch'), formatText(p.batch)) : null,
    row(t('panel.surveyedAt'), formatDateTime(p.surveyedAt)),
    row(t('panel.updatedAt'), formatDateTime(p.updatedAt)),
  ];
  return el('section', { class: 'panel-section panel-summary', 'aria-label': t('panel.summary') },
    el('dl', { class: 'fields' }, rows.filter(Boolean).flat()));
}

/** One attribute block: schema fields in order, then any keys the schema does not know. */
export function renderBlock(block, data, open = true) {
  const values = data && typeof data === 'object' ? data : {};
  const known = fieldsOf(block);
  const rows = known.map((f) => row(t(`field.${block}.${f.name}`), formatField(f, values[f.name])));
  for (const [key, value] of Object.entries(values)) {
    if (!fieldOf(block, key)) rows.push(row(t(`field.${block}.${key}`, { fallback: key }), formatAny(value)));
  }
  const filled = Object.values(values).some((v) => v != null && v !== '' && !(Array.isArray(v) && !v.length));
  return el('details', { class: 'panel-section panel-block', open, dataset: { block } },
    el('summary', {},
      el('h3', { class: 'block-heading', text: t(`block.${block}`) }),
      filled ? null : el('span', { class: 'block-empty', text: t('panel.emptyBlock') })),
    el('dl', { class: 'fields' }, rows.flat()));
}

/** Every block of a building's properties, in schema order. closed: blocks the user folded. */
export function renderBlocks(props, closed = new Set()) {
  return BLOCKS.map((b) => renderBlock(b, props && props[b], !closed.has(b)));
}
