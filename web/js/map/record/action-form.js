// The short forms of the panel: one per lifecycle action (its payload fields, photos, a note)
// and the attribute-edit form. Each is {titleKey, node, fields, values(), setValues(v),
// request(feature)}: request() turns what was entered into {method, url, body, contentType,
// issues} for the building as the panel has it now. The panel adds the buttons and feedback.

import { el } from '../../shared/dom.js';
import { actionFields, isRequired, codeLabelKey, fieldLabelKey, MAX_NOTE } from './actions.js';
import { actionBody } from './action-payload.js';
import { EDIT_FIELDS, basicPatch, basicValues } from './edit-patch.js';
import { fieldControl } from './form-fields.js';
import { PhotoPicker } from './photo-picker.js';
import { todayIn } from '../../shared/format.js';
import { urls } from '../../shared/urls.js';

let counter = 0;

function readAll(controls) {
  return Object.fromEntries(Object.entries(controls).map(([name, c]) => [name, c.read()]));
}

function writeAll(controls, values) {
  for (const [name, c] of Object.entries(controls)) if (name in values) c.write(values[name]);
}

/** The form of lifecycle action for building feature; its photos go through outbox. */
export function actionForm(action, feature, outbox) {
  const buildingId = String(feature.id);
  const prefix = `act${++counter}`;
  const controls = {};
  const fields = {};
  const nodes = [];
  for (const field of actionFields(action)) {
    const c = fieldControl(field, {
      id: `${prefix}-${field.name}`,
      labelKey: fieldLabelKey(action, field.name),
      codeKey: (v) => codeLabelKey(field, v),
    });
    if (field.kind === 'date' && field.defaultToday) c.write(todayIn());
    controls[field.name] = c;
    fields[`payload.${field.name}`] = c.control;
    nodes.push(c.node);
  }
  const note = fieldControl({ name: 'note', kind: 'note', max: MAX_NOTE, required: false },
    { id: `${prefix}-note`, labelKey: 'action.note', codeKey: String });
  const photos = new PhotoPicker(buildingId, prefix, outbox);
  fields['payload.note'] = note.control;
  fields['payload.photos'] = photos.node;
  const node = el('div', { class: 'action-fields', dataset: { action } }, nodes, photos.node, note.node);

  // Required marks that depend on other fields (hazard types unless "no hazard"), and the
  // survey's control measures, shown only for a serious finding.
  const refresh = () => {
    const v = readAll(controls);
    for (const field of actionFields(action)) controls[field.name].setRequired(isRequired(field, v));
    if (controls.controlMeasures) controls.controlMeasures.node.hidden = v.judgement !== 'serious';
  };
  node.addEventListener('change', refresh);
  refresh();

  return {
    titleKey: `action.${action}`,
    action,
    node,
    fields,
    photos,
    values: () => ({ ...readAll(controls), note: note.read(), photos: photos.ids() }),
    setValues(v) {
      writeAll(controls, v);
      if ('note' in v) note.write(v.note);
      refresh();
    },
    request() {
      const { body, issues } = actionBody(action, this.values());
      if (photos.busy()) issues.push({ field: 'payload.photos', key: 'form.photosUploading' });
      return { method: 'POST', url: urls.buildingEvents(buildingId), body, contentType: 'application/json', issues };
    },
  };
}

/**
 * The attribute-edit form of feature (PATCH with the basic fields the user changed). rebase()
 * moves it onto a newer copy of the building (after a conflict): fields the user left alone
 * take the new values, the user's own changes stay and are what the next PATCH sends.
 */
export function editForm(feature) {
  const prefix = `edit${++counter}`;
  const controls = {};
  const fields = {};
  for (const field of EDIT_FIELDS) {
    const c = fieldControl(field, {
      id: `${prefix}-${field.name}`,
      labelKey: `field.basic.${field.name}`,
      codeKey: (v) => `code.${field.name}.${v}`,
    });
    controls[field.name] = c;
    fields[`properties.basic.${field.name}`] = c.control;
  }
  const basicOf = (f) => (f && f.properties && f.properties.basic) || {};
  let original = basicValues(basicOf(feature));
  writeAll(controls, original);
  return {
    titleKey: 'action.edit',
    action: 'edit',
    node: el('div', { class: 'action-fields', dataset: { action: 'edit' } }, Object.values(controls).map((c) => c.node)),
    fields,
    values: () => readAll(controls),
    setValues: (v) => writeAll(controls, v),
    rebase(next) {
      const fresh = basicValues(basicOf(next));
      const now = readAll(controls);
      for (const name of Object.keys(controls)) if (now[name] === original[name]) controls[name].write(fresh[name]);
      original = fresh;
    },
    request() {
      const { patch, issues } = basicPatch(original, this.values());
      return {
        method: 'PATCH', url: urls.building(feature.id), body: patch,
        contentType: 'application/merge-patch+json', issues, empty: !patch && !issues.length,
      };
    },
  };
}
