// The filter controls shared by the ledger and export pages, built into a <form>: street and
// community (the caller's own, from GET /api/admin-units), status, judgement, grade, use, hazard
// type, overdue, last-event date range, a text search and, where the page asks for it, 仅看照片存疑
// (photoFlags). value() and set() speak the filter of filter-params.js; onChange(filter) after
// every change: a control's change, 清除筛选 (which applies the empty filter, not only shows it),
// and typing in the search (after a pause).

import { el } from './dom.js';
import { t, codeLabel, statusLabel, onLanguageChange } from './i18n.js';
import { getJson } from './request.js';
import { urls } from './urls.js';
import { STATUSES, JUDGEMENTS, GRADES, fieldOf } from './schema.js';
import { emptyFilter, readFilter, filterQuery } from './filter-params.js';

const USES = fieldOf('basic', 'use').codes;
const HAZARD_TYPES = fieldOf('survey', 'hazardTypes').codes;
const OVERDUE = ['true', 'false'];
/** How long typing in the search pauses before the search applies. */
export const SEARCH_DELAY_MS = 400;

/** Streets and communities of the caller's scope: {streets: [{code, name}], communities: [{code, name, parent}]}. */
export async function loadUnits() {
  const [streets, communities] = await Promise.all(['street', 'community'].map((level) => getJson(urls.adminUnits(level))));
  const units = (fc) => (fc && Array.isArray(fc.features) ? fc.features : []).map((f) => {
    const p = f.properties || {};
    return { code: String(p.code || f.id || ''), name: p.name || '', parent: p.parentCode || '' };
  }).filter((u) => u.code).sort((a, b) => a.code.localeCompare(b.code));
  return { streets: units(streets), communities: units(communities) };
}

/** The select controls: filter key, label key, "all" key, options(form) → [[value, label]]. */
const SELECTS = [
  ['street', 'filterForm.street', 'filterForm.street.all', (f) => f.units.streets.map((u) => [u.code, u.name || u.code])],
  ['community', 'filterForm.community', 'filterForm.community.all', (f) => f.communityOptions()],
  ['status', 'filterForm.status', 'filterForm.all', () => STATUSES.map((c) => [c, statusLabel(c)])],
  ['judgement', 'filterForm.judgement', 'filterForm.all', () => JUDGEMENTS.map((c) => [c, codeLabel('judgement', c)])],
  ['grade', 'filterForm.grade', 'filterForm.all', () => GRADES.map((c) => [c, codeLabel('grade', c)])],
  ['use', 'filterForm.use', 'filterForm.all', () => USES.map((c) => [c, codeLabel('use', c)])],
  ['hazardType', 'filterForm.hazardType', 'filterForm.all', () => HAZARD_TYPES.map((c) => [c, codeLabel('hazardTypes', c)])],
  ['overdue', 'filterForm.overdue', 'filterForm.all', () => OVERDUE.map((c) => [c, t(`filterForm.overdue.${c}`)])],
];

/** A labelled control; the overdue one carries the definition of 逾期 as its tooltip. */
function field(labelKey, control) {
  const title = labelKey === 'filterForm.overdue' ? { 'data-i18n-title': 'overdue.definition', title: t('overdue.definition') } : {};
  return el('label', { class: 'ff-field', ...title }, el('span', { class: 'ff-label', 'data-i18n': labelKey, text: t(labelKey) }), control);
}

/**
 * Options with an "all" entry first. A value that is not one of them (a comma-separated list
 * from a link, say) is kept as an extra option, so a link's filter is shown, not dropped.
 */
function fill(select, allKey, options, value) {
  const known = options.some(([v]) => v === value);
  const extra = value && !known
    ? [[value, value.split(',').map((v) => (options.find(([o]) => o === v) || [v, v])[1]).join(t('value.listSeparator'))]]
    : [];
  select.replaceChildren(
    el('option', { value: '', text: t(allKey) }),
    ...[...options, ...extra].map(([v, label]) => el('option', { value: v, text: label })));
  select.value = value || '';
}

export class FilterForm {
  /**
   * form: an empty <form>; onChange(filter) after every change by the user; photoFlags: offer
   * the 仅看照片存疑 checkbox.
   */
  constructor(form, { onChange = () => {}, photoFlags = false } = {}) {
    this.form = form;
    this.onChange = onChange;
    this.units = { streets: [], communities: [] };
    this.current = emptyFilter();
    this.selects = {};
    for (const [key] of SELECTS) this.selects[key] = el('select', { id: `filter-${key}`, class: 'select', name: key });
    this.from = el('input', { id: 'filter-from', class: 'input', type: 'date', name: 'from' });
    this.to = el('input', { id: 'filter-to', class: 'input', type: 'date', name: 'to' });
    this.q = el('input', {
      id: 'filter-q', class: 'input', type: 'search', name: 'q', maxlength: '100', enterkeyhint: 'search',
      'data-i18n-placeholder': 'filterForm.q.placeholder', placeholder: t('filterForm.q.placeholder'),
    });
    this.photoFlags = photoFlags ? el('input', { id: 'filter-photoFlags', type: 'checkbox', name: 'photoFlags', value: 'true' }) : null;
    const reset = el('button', { id: 'filter-reset', type: 'button', class: 'button', 'data-i18n': 'filterForm.reset', text: t('filterForm.reset') });
    form.classList.add('filter-form');
    form.replaceChildren(
      ...SELECTS.map(([key, labelKey]) => field(labelKey, this.selects[key])),
      field('filterForm.from', this.from),
      field('filterForm.to', this.to),
      this.photoFlags ? el('label', { class: 'ff-field ff-check' }, this.photoFlags,
        el('span', { class: 'ff-label', 'data-i18n': 'filterForm.photoFlags', text: t('filterForm.photoFlags') })) : null,
      el('div', { class: 'ff-field ff-search' }, field('filterForm.q', this.q), reset));
    form.addEventListener('change', (e) => {
      if (e.target === this.selects.street) this.selects.community.value = '';
      this.changed();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.changed();
    });
    let typing = null;
    this.q.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.changed(), SEARCH_DELAY_MS);
    });
    reset.addEventListener('click', () => {
      clearTimeout(typing);
      this.apply(emptyFilter());
    });
    this.render();
    onLanguageChange(() => this.render());
  }

  /** The communities of the chosen street, else all of the caller's. */
  communityOptions() {
    const street = this.selects.street.value;
    return this.units.communities
      .filter((u) => !street || u.parent === street || u.code.startsWith(street))
      .map((u) => [u.code, u.name || u.code]);
  }

  /** Fills the street and community lists ({streets, communities} of loadUnits). */
  setUnits(units) {
    this.units = units;
    this.render();
  }

  render() {
    for (const [key, , allKey, options] of SELECTS) fill(this.selects[key], allKey, options(this), this.current[key]);
  }

  /** Shows a filter (from the page URL) without calling onChange. */
  set(filter) {
    this.current = { ...emptyFilter(), ...filter };
    this.render();
    this.from.value = this.current.from;
    this.to.value = this.current.to;
    this.q.value = this.current.q;
    if (this.photoFlags) this.photoFlags.checked = this.current.photoFlags === 'true';
  }

  /** Shows filter and applies it: onChange when it differs from the filter applied before. */
  apply(filter) {
    const before = filterQuery(this.current);
    this.set(filter);
    if (filterQuery(this.current) !== before) this.onChange(this.current);
  }

  /** The filter the controls show (within is kept from set(); the page owns it). */
  value() {
    const raw = { within: this.current.within, from: this.from.value, to: this.to.value, q: this.q.value };
    // Without its checkbox (the export page), photoFlags from a link is kept, as within is.
    raw.photoFlags = this.photoFlags ? (this.photoFlags.checked ? 'true' : '') : this.current.photoFlags;
    for (const key of Object.keys(this.selects)) raw[key] = this.selects[key].value;
    return readFilter(filterQuery(raw));
  }

  changed() {
    const next = this.value();
    if (filterQuery(next) === filterQuery(this.current)) return;
    this.current = next;
    this.render();
    this.onChange(next);
  }
}
