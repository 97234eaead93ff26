// A building's history (GET /api/buildings/{id}/events) as a vertical timeline, newest first,
// times in Asia/Shanghai, event types, roles and payload codes through i18n.

import { el } from '../../shared/dom.js';
import { t, codeLabel, eventLabel, roleLabel } from '../../shared/i18n.js';
import { formatArea, formatDate, formatDateTime, formatText } from '../../shared/format.js';
import { fieldOf, BLOCKS } from '../../shared/schema.js';
import { formatAny, formatField } from './record.js';
import { photoStrip } from '../photos/photo-strip.js';
import { photosOfEvent } from '../photos/photo-evidence.js';

const sep = () => t('value.listSeparator');

/** Payload keys whose values are codes, by how they are labelled. */
const PAYLOAD_VALUE = {
  kind: (v) => t(`recheck.kind.${v}`, { fallback: String(v) }),
  result: (v) => t(`recheck.result.${v}`, { fallback: String(v) }),
  grade: (v) => codeLabel('grade', v),
  judgement: (v) => codeLabel('judgement', v),
  recommendation: (v) => codeLabel('recommendation', v),
  measures: (v) => (Array.isArray(v) ? v.map((c) => codeLabel('measures', c)).join(sep()) : formatAny(v)),
  hazardTypes: (v) => (Array.isArray(v) ? v.map((c) => codeLabel('hazardTypes', c)).join(sep()) : formatAny(v)),
  controlMeasures: (v) => (Array.isArray(v) ? v.map((c) => codeLabel('measures', c)).join(sep()) : formatAny(v)),
  photos: (v) => (Array.isArray(v) ? t('payload.photoCount', { count: v.length }) : formatAny(v)),
  area: (v) => formatArea(v, t('unit.m2')),
  deadline: (v) => formatDate(v),
};

/** One change of an edit event ({field: "basic.address" or "geometry", old, new}) as a row. */
function changeRow(change) {
  const path = String((change && change.field) || '');
  if (path === 'geometry') return [t('payload.geometry'), t('payload.geometryChanged')];
  const [block, name] = path.replace(/^properties\./, '').split('.');
  const field = fieldOf(block, name);
  const label = t(`field.${block}.${name}`, { fallback: path });
  return [label, `${formatField(field, change.old)} → ${formatField(field, change.new)}`];
}

function payloadRows(payload) {
  if (!payload || typeof payload !== 'object') return [];
  const rows = [];
  for (const [key, value] of Object.entries(payload)) {
    if (value == null || value === '') continue;
    if (key === 'changes' && Array.isArray(value)) {
      rows.push(...value.map(changeRow));
      continue;
    }
    if (BLOCKS.includes(key) && typeof value === 'object' && !Array.isArray(value)) {
      // A survey or edit carries whole blocks: label their fields as the record does.
      for (const [name, v] of Object.entries(value)) {
        if (v == null || v === '') continue;
        const label = t(`field.${key}.${name}`, { fallback: name });
        rows.push([label, formatField(fieldOf(key, name), v)]);
      }
      continue;
    }
    const format = PAYLOAD_VALUE[key] || formatAny;
    rows.push([t(`payload.${key}`, { fallback: key }), format(value)]);
  }
  return rows;
}

/** A reason as typed, or the translation of one the server records itself. */
export function reasonText(reason) {
  return t(`event.reason.${reason}`, { fallback: '' }) || formatText(reason);
}

function renderEvent(event, photos) {
  const actor = event.actor ? t('event.by', { actor: event.actor, role: roleLabel(event.role) }) : roleLabel(event.role);
  const rows = payloadRows(event.payload);
  return el('li', { class: 'timeline-item', dataset: { type: String(event.type) } },
    el('span', { class: 'timeline-dot', 'aria-hidden': 'true' }),
    el('div', { class: 'timeline-content' },
      el('time', { class: 'timeline-time', datetime: event.occurredAt || null, text: formatDateTime(event.occurredAt) }),
      el('p', { class: 'timeline-title', text: eventLabel(event.type) }),
      event.role || event.actor ? el('p', { class: 'timeline-actor', text: actor }) : null,
      event.reason ? el('p', { class: 'timeline-reason' },
        el('span', { class: 'label', text: t('event.reason') }), el('span', { text: reasonText(event.reason) })) : null,
      rows.length ? el('dl', { class: 'timeline-payload' },
        rows.map(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })]).flat()) : null,
      photoStrip(photosOfEvent(event, photos))));
}

/** The newest event of a history (oldest first, as the API lists it) as one line, or null. */
export function latestEventText(events) {
  const event = Array.isArray(events) && events.length ? events[events.length - 1] : null;
  return event ? `${eventLabel(event.type)} · ${formatDateTime(event.occurredAt)}` : null;
}

/**
 * The history section. events: the API's list (or null while loading); error: a RequestError
 * when the history could not be loaded; photos: the building's photos (readPhoto shape), shown
 * as thumbnails in the entry they are evidence of.
 */
export function renderTimeline(events, error, photos = []) {
  let body;
  if (error) body = el('p', { class: 'panel-error', role: 'alert', text: error.userMessage ? error.userMessage() : String(error) });
  else if (events == null) body = el('p', { class: 'panel-loading', text: t('panel.loading') });
  else if (events.length === 0) body = el('p', { class: 'panel-muted', text: t('panel.noEvents') });
  else body = el('ol', { class: 'timeline', reversed: true }, [...events].reverse().map((e) => renderEvent(e, photos)));
  return el('section', { class: 'panel-section panel-history' },
    el('h3', { class: 'block-heading', text: t('panel.history') }), body);
}
