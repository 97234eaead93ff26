// A conflict of the outbox, opened: the other user's change beside the inspector's, field by
// field (for an attribute edit: the value before, the inspector's, the current one, and which
// to keep), what else changed (conflict.js featureChanges), a legend of the two footprints the
// map draws, and the three ways out: re-apply on top, merge (attribute edits), drop.

import { el } from '../../shared/dom.js';
import { t, codeLabel } from '../../shared/i18n.js';
import { formatText } from '../../shared/format.js';
import { featureChanges } from '../record/conflict.js';
import { valueText } from '../record/conflict-view.js';
import { EDIT_FIELDS } from '../record/edit-patch.js';

const basicOf = (f) => (f && f.properties && f.properties.basic) || {};

function basicText(name, v) {
  if (v == null || v === '') return '—';
  const field = EDIT_FIELDS.find((f) => f.name === name);
  return field && field.kind === 'code' ? codeLabel(name, v) : formatText(v);
}

/** The inspector's geometry in a conflict: the one sent (footprint edit) or the one seen. */
export function mineGeometry(item) {
  if (item.kind === 'footprint' && item.body) return item.body.geometry;
  return item.base ? item.base.geometry : null;
}

/** Rows of an attribute edit: each field of the patch, with a choice (mine by default). */
function fieldRows(item, choices) {
  const mine = (item.body && item.body.properties && item.body.properties.basic) || {};
  const before = basicOf(item.base);
  const now = basicOf(item.conflict.current);
  return Object.entries(mine).map(([name, value]) => {
    const choice = (side) => el('label', { class: 'conflict-choice' },
      el('input', {
        type: 'radio', name: `merge-${item.id}-${name}`, value: side, checked: choices[name] === side,
        onchange: () => { choices[name] = side; },
      }),
      el('span', { text: basicText(name, side === 'mine' ? value : now[name]) }));
    return el('tr', { class: 'conflict-field', dataset: { field: name } },
      el('th', { scope: 'row', text: t(`field.basic.${name}`) }),
      el('td', { class: 'conflict-before', text: basicText(name, before[name]) }),
      el('td', { class: 'conflict-mine' }, choice('mine')),
      el('td', { class: 'conflict-theirs' }, choice('theirs')));
  });
}

/**
 * The node for conflicting item; on = {reapply(), merge(choices), drop()}. choices is the
 * per-field choice kept across redraws ({field: 'mine' | 'theirs'}).
 */
export function renderConflictDetail(item, choices, on) {
  const current = item.conflict && item.conflict.current;
  const changes = featureChanges(item.base, current).map((c) => el('li', {
    class: 'conflict-change', dataset: { name: c.name },
    text: c.kind === 'changed' ? t('conflict.geometryChanged')
      : t('conflict.change', { label: t(c.label), mine: valueText(c.kind, c.mine), theirs: valueText(c.kind, c.theirs) }),
  }));
  const isEdit = item.kind === 'edit';
  const rows = isEdit && current ? fieldRows(item, choices) : [];
  const drawn = mineGeometry(item) || (current && current.geometry);
  return el('div', { class: 'notice notice-conflict conflict outbox-conflict', role: 'alert' },
    el('strong', { class: 'notice-title', text: t('outbox.conflictTitle') }),
    changes.length ? el('p', { class: 'notice-line', text: t('outbox.theirChanges') }) : null,
    changes.length ? el('ul', { class: 'conflict-changes' }, changes) : null,
    rows.length ? el('table', { class: 'conflict-fields' },
      el('thead', {}, el('tr', {},
        ['outbox.field', 'outbox.before', 'outbox.mine', 'outbox.theirs'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, rows)) : null,
    drawn ? el('p', { class: 'conflict-legend' },
      el('span', { class: 'legend-swatch swatch-mine', 'aria-hidden': 'true' }), el('span', { text: t('outbox.footprintMine') }),
      el('span', { class: 'legend-swatch swatch-theirs', 'aria-hidden': 'true' }), el('span', { text: t('outbox.footprintTheirs') }))
      : null,
    el('div', { class: 'form-buttons' },
      el('button', { type: 'button', class: 'button button-primary outbox-reapply', text: t('outbox.reapply'), onclick: on.reapply }),
      isEdit ? el('button', { type: 'button', class: 'button outbox-merge', text: t('outbox.merge'), onclick: () => on.merge(choices) }) : null,
      on.dropButton));
}
