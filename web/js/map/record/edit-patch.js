// The attribute-edit and create forms' fields and the request bodies they make: a JSON Merge
// Patch (RFC 7396) of the changed basic fields for PATCH /api/buildings/{id}, and a GeoJSON
// Feature for POST /api/buildings. Pure: no DOM.

import { fieldOf } from '../../shared/schema.js';

/** Basic fields the edit form offers, in order. */
export const EDIT_FIELDS = ['address', 'floorsAbove', 'use', 'structure', 'ownerName', 'ownerPhone']
  .map((name) => ({ ...fieldOf('basic', name), required: name === 'address' }));

/**
 * Fields of the create form: the house code first; house code, address and 用途 (use) required.
 * The server requires only house code and address (an import or API client may not know the
 * use yet); an inspector standing at the house is asked for it.
 */
export const CREATE_FIELDS = [
  { ...fieldOf('basic', 'houseCode'), required: true },
  ...EDIT_FIELDS.filter((f) => !f.name.startsWith('owner')).map((f) => (f.name === 'use' ? { ...f, required: true } : f)),
];

const MAX_TEXT = 200;

/** One value as the API wants it: {value} (null = cleared) or {issue}. */
function convert(field, raw) {
  const s = raw == null ? '' : String(raw).trim();
  if (s === '') return { value: null };
  if (field.kind === 'integer') {
    return /^\d{1,3}$/.test(s) ? { value: Number(s) } : { issue: 'form.wholeNumber' };
  }
  if (field.kind === 'code') return field.codes.includes(s) ? { value: s } : { issue: 'form.invalidChoice' };
  return s.length <= MAX_TEXT ? { value: s } : { issue: 'form.tooLong' };
}

/** Reads fields from values into {basic, issues}; issue fields are named "properties.basic.<name>". */
function readBasic(fields, values) {
  const basic = {};
  const issues = [];
  for (const f of fields) {
    const { value, issue } = convert(f, values[f.name]);
    const name = `properties.basic.${f.name}`;
    if (issue) issues.push({ field: name, key: issue });
    else if (value === null && f.required) issues.push({ field: name, key: 'form.required' });
    else basic[f.name] = value;
  }
  return { basic, issues };
}

/**
 * The merge patch of what changed between the building's basic block (original, as the API
 * sent it or as form strings) and the form values: {patch, issues}; patch is null when nothing changed. A field emptied is sent as null
 * (removed). A masked value left as shown (138****5678) is unchanged by construction.
 */
export function basicPatch(original, values) {
  const { basic, issues } = readBasic(EDIT_FIELDS, values);
  const before = original || {};
  const changed = {};
  for (const f of EDIT_FIELDS) {
    if (!(f.name in basic)) continue;
    const was = convert(f, before[f.name]);
    if ((was.issue ? before[f.name] : was.value) !== basic[f.name]) changed[f.name] = basic[f.name];
  }
  const patch = Object.keys(changed).length ? { properties: { basic: changed } } : null;
  return { patch, issues };
}

/** The form values of a basic block (strings for the inputs). */
export function basicValues(basic, fields = EDIT_FIELDS) {
  const b = basic || {};
  return Object.fromEntries(fields.map((f) => [f.name, b[f.name] == null ? '' : String(b[f.name])]));
}

/** The Feature of a new building: client id, footprint and the basic fields entered. */
export function newBuildingFeature(id, geometry, values) {
  const { basic, issues } = readBasic(CREATE_FIELDS, values);
  for (const [k, v] of Object.entries(basic)) if (v === null) delete basic[k];
  return { feature: { type: 'Feature', id, geometry, properties: { basic } }, issues };
}
