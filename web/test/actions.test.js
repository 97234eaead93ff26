// Keeps js/actions.js in step with org.housesafe.lifecycle.ActionFields and Lifecycle, and
// checks that every action, field and code has a label in both languages. The Java part is
// skipped when the Java sources are not beside web/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  ACTIONS, ACTION_FIELDS, EDIT, CONTROL_MEASURES, RECHECK_KINDS, RECHECK_RESULTS, PHOTOS_REQUIRED, MAX_PHOTOS,
  actionFields, codeLabelKey, fieldLabelKey, isRequired,
} from '../js/map/record/actions.js';
import { EDIT_FIELDS, CREATE_FIELDS } from '../js/map/record/edit-patch.js';
import { has, setLanguage, t } from '../js/shared/i18n.js';

const lifecycle = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'main', 'java', 'org', 'housesafe', 'lifecycle');
const present = existsSync(join(lifecycle, 'ActionFields.java'));
const opts = { skip: present ? false : 'Java sources not found' };
const java = (name) => readFileSync(join(lifecycle, name), 'utf8');
const strings = (text) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);

/** EventType constant → code, from EventType.java. */
function eventCodes() {
  return Object.fromEntries([...java('EventType.java').matchAll(/\b([A-Z][A-Z_]*)\("([a-z_]+)"\)/g)].map((m) => [m[1], m[2]]));
}

test('the actions are those of the Lifecycle table, in its order, plus edit', opts, () => {
  const codes = eventCodes();
  const table = java('Lifecycle.java');
  const rules = table.slice(table.indexOf('RULES = List.of('), table.indexOf('public record Outcome'));
  const inOrder = [...new Set([...rules.matchAll(/EventType\.([A-Z_]+)/g)].map((m) => codes[m[1]]))];
  assert.deepEqual(inOrder, [...ACTIONS, EDIT]);
});

test('each action takes the payload fields ActionFields.KNOWN lists', opts, () => {
  const codes = eventCodes();
  const src = java('ActionFields.java');
  const known = src.slice(src.indexOf('KNOWN = Map.ofEntries('));
  const javaFields = {};
  for (const m of known.matchAll(/known\(EventType\.([A-Z_]+)((?:,\s*"\w+")*)\)/g)) javaFields[codes[m[1]]] = strings(m[2]);
  const ours = Object.fromEntries(Object.entries(ACTION_FIELDS).map(([a, fs]) => [a, fs.map((f) => f.name)]));
  assert.deepEqual(ours, javaFields);
  assert.match(src, /all\.addAll\(List\.of\("photos", "note"\)\)/, 'every action may carry photos and a note');
});

test('field kinds and code lists match the checks in ActionFields.check', opts, () => {
  const codes = eventCodes();
  const src = java('ActionFields.java');
  const lists = {};
  for (const m of src.matchAll(/List<String> (\w+) = List\.of\(([^;]*)\);/g)) lists[m[1]] = strings(m[2]);
  assert.deepEqual(CONTROL_MEASURES, lists.CONTROL);
  assert.deepEqual(RECHECK_KINDS, lists.RECHECK_KINDS);
  assert.deepEqual(RECHECK_RESULTS, lists.RECHECK_RESULTS);
  assert.equal(MAX_PHOTOS, Number(/MAX_PHOTOS = (\d+)/.exec(src)[1]));
  const body = src.slice(src.indexOf('switch (action)'), src.indexOf('default ->'));
  let checked = 0;
  const kinds = { code: 'code', codes: 'codes', optionalCodes: 'codes', text: 'text', date: 'date', number: 'number' };
  for (const part of body.split(/\bcase /).slice(1)) {
    const action = codes[/^([A-Z_]+)/.exec(part)[1]];
    for (const m of part.matchAll(/\b(code|codes|optionalCodes|text|date|number)\(p, "(\w+)"/g)) {
      const field = actionFields(action).find((f) => f.name === m[2]);
      assert.ok(field, `${action}.${m[2]} is checked by Java but not in the form`);
      assert.equal(field.kind, kinds[m[1]], `${action}.${m[2]}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 15, `only ${checked} checks read from ActionFields.check`);
  assert.match(src, /action == EventType\.DEMOLITION\)/);
  assert.deepEqual(PHOTOS_REQUIRED, ['demolition']);
});

test('hazard types are required unless the judgement is "no hazard"', () => {
  const hazard = ACTION_FIELDS.survey.find((f) => f.name === 'hazardTypes');
  assert.equal(isRequired(hazard, { judgement: 'serious' }), true);
  assert.equal(isRequired(hazard, { judgement: 'none' }), false);
  assert.equal(isRequired(hazard, {}), false);
});

test('every action, field and code value has a label in both languages', () => {
  const keys = [...ACTIONS, EDIT, 'editFootprint'].map((a) => `action.${a}`);
  for (const [action, fields] of Object.entries(ACTION_FIELDS)) {
    for (const f of fields) {
      keys.push(fieldLabelKey(action, f.name), ...f.codes.map((c) => codeLabelKey(f, c)));
    }
  }
  for (const f of [...EDIT_FIELDS, ...CREATE_FIELDS]) {
    keys.push(`field.basic.${f.name}`, ...f.codes.map((c) => `code.${f.name}.${c}`));
  }
  const missing = [...new Set(keys)].filter((k) => !has(k));
  assert.deepEqual(missing, []);
  setLanguage('en');
  assert.equal(t('action.survey'), 'Record survey');
  setLanguage('zh-CN');
  assert.equal(t('action.survey'), '排查登记');
});
