// From what the user entered in an action's form to the body of POST /api/buildings/{id}/events,
// with the client's own checks (the server checks everything again). Pure: no DOM.

import { actionFields, isRequired, PHOTOS_REQUIRED, REASON_REQUIRED, MAX_PHOTOS, MAX_NOTE } from './actions.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function blank(v) {
  return v == null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** One field's value as the API wants it, or an issue key; undefined value = leave it out. */
function convert(field, raw) {
  if (field.kind === 'boolean') return { value: raw === true ? true : undefined };
  if (blank(raw)) return { value: undefined };
  switch (field.kind) {
    case 'code':
      return field.codes.includes(raw) ? { value: raw } : { issue: 'form.invalidChoice' };
    case 'codes': {
      const list = [...new Set(raw)];
      return list.every((c) => field.codes.includes(c)) ? { value: list } : { issue: 'form.invalidChoice' };
    }
    case 'date':
      return DATE.test(raw) ? { value: raw } : { issue: 'form.invalidDate' };
    case 'number': {
      const n = Number(String(raw).trim());
      return Number.isFinite(n) && n > 0 && n <= 1e7 ? { value: n } : { issue: 'form.positiveNumber' };
    }
    default: {
      const s = String(raw).trim();
      if (!s) return { value: undefined };
      return s.length <= (field.max || MAX_NOTE) ? { value: s } : { issue: 'form.tooLong' };
    }
  }
}

/**
 * values: {fieldName: value, note, photos: [ids]} as read from the form (strings, arrays of
 * codes, booleans). Returns {body, issues}: body = {action, payload} (and the note as the
 * required reason of a withdrawal); issues = [{field, key}]
 * with field named as the server names it ("payload.<name>"), empty when the client sees no
 * problem. Hazard types are dropped when the judgement is "none" (the server ignores them then).
 */
export function actionBody(action, values = {}) {
  const payload = {};
  const issues = [];
  for (const field of actionFields(action)) {
    const { value, issue } = convert(field, values[field.name]);
    if (issue) issues.push({ field: `payload.${field.name}`, key: issue });
    else if (value === undefined && isRequired(field, values)) issues.push({ field: `payload.${field.name}`, key: 'form.required' });
    else if (value !== undefined) payload[field.name] = value;
  }
  if (action === 'survey' && payload.judgement === 'none') delete payload.hazardTypes;
  const note = convert({ kind: 'text', max: MAX_NOTE }, values.note);
  const reason = REASON_REQUIRED.includes(action);
  if (note.issue) issues.push({ field: 'payload.note', key: note.issue });
  else if (reason && note.value === undefined) issues.push({ field: 'payload.note', key: 'form.required' });
  else if (note.value !== undefined && !reason) payload.note = note.value;
  const photos = Array.isArray(values.photos) ? values.photos.filter(Boolean) : [];
  if (photos.length > MAX_PHOTOS) issues.push({ field: 'payload.photos', key: 'form.tooManyPhotos' });
  else if (photos.length) payload.photos = photos;
  else if (PHOTOS_REQUIRED.includes(action)) issues.push({ field: 'payload.photos', key: 'form.photoRequired' });
  return { body: reason ? { action, payload, reason: note.value } : { action, payload }, issues };
}

/**
 * The form key of a server field name: "payload.judgement" → "judgement"; "photos" and other
 * bare names stay. The server names payload fields with or without the "payload." prefix.
 */
export function formFieldOf(serverField) {
  return String(serverField || '').replace(/^payload\./, '');
}
