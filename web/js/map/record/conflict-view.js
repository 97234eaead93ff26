// The notices of an action form that need more than one line: a 412 conflict (what changed,
// who changed it last, and the button to reload keeping the entries) and a 409 refusal (the
// actions allowed now). Built from state on every call, so a language change just redraws.

import { el } from '../../shared/dom.js';
import { t, statusLabel, codeLabel, eventLabel, roleLabel } from '../../shared/i18n.js';
import { featureChanges } from './conflict.js';
import { formatArea, formatDate, formatDateTime, formatText } from '../../shared/format.js';

export function valueText(kind, v) {
  if (v == null || v === '') return '—';
  switch (kind) {
    case 'status': return statusLabel(v);
    case 'judgement':
    case 'grade': return codeLabel(kind, v);
    case 'date': return formatDate(v);
    case 'area': return formatArea(v, t('unit.m2'));
    default: return formatText(v);
  }
}

/**
 * conflict: {mine, current, latest, busy}; onReload(): the user asks for the newest building.
 * Returns the notice node (class conflict, role alert).
 */
export function renderConflict(conflict, onReload) {
  const changes = featureChanges(conflict.mine, conflict.current).map((c) => el('li', {
    class: 'conflict-change',
    dataset: { name: c.name },
    text: c.kind === 'changed' ? t('conflict.geometryChanged')
      : t('conflict.change', { label: t(c.label), mine: valueText(c.kind, c.mine), theirs: valueText(c.kind, c.theirs) }),
  }));
  const l = conflict.latest;
  const who = l && (l.actor ? t('event.by', { actor: l.actor, role: roleLabel(l.role) }) : roleLabel(l.role));
  return el('div', { class: 'notice notice-conflict conflict', role: 'alert' },
    el('strong', { class: 'notice-title', text: t('conflict.title') }),
    changes.length ? el('p', { class: 'notice-line', text: t('conflict.changes') }) : null,
    changes.length ? el('ul', { class: 'conflict-changes' }, changes) : null,
    l ? el('p', { class: 'notice-line conflict-latest', text: t('conflict.latest', { event: eventLabel(l.type), who, at: formatDateTime(l.at) }) }) : null,
    el('p', { class: 'notice-line', text: t('conflict.kept') }),
    el('button', {
      type: 'button', class: 'button button-primary conflict-reload', text: t('conflict.reload'),
      disabled: conflict.busy, onclick: onReload,
    }));
}

/** refusal: {allowed: [codes]} of a 409: not allowed now, and what is. */
export function renderRefusal(refusal) {
  const allowed = (refusal.allowed || []).map((a) => t(`action.${a}`, { fallback: a })).join(t('value.listSeparator'));
  return el('div', { class: 'notice notice-refusal', role: 'alert' },
    el('strong', { class: 'notice-title', text: t('action.notAllowedNow') }),
    el('p', { class: 'notice-line', text: allowed ? t('action.allowedNow', { actions: allowed }) : t('action.allowedNone') }));
}
