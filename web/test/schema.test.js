// Keeps js/schema.js in step with the Java side it mirrors. Skipped when the Java sources are
// not beside web/ (web/ copied on its own).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { BLOCKS, FIELDS, STATUSES, JUDGEMENTS, GRADES, EVENT_TYPES } from '../js/shared/schema.js';

const javaRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'main', 'java', 'org', 'housesafe');
const present = existsSync(join(javaRoot, 'building', 'AttributeSchema.java'));
const opts = { skip: present ? false : 'Java sources not found' };

function java(path) {
  return readFileSync(join(javaRoot, path), 'utf8');
}

/** Codes of an enum implementing Coded: the first string argument of each constant. */
function enumCodes(path) {
  const src = java(path);
  const body = src.slice(src.indexOf('{', src.indexOf(' enum ')) + 1);
  const constants = body.slice(0, body.indexOf(';'));
  return [...constants.matchAll(/\b[A-Z][A-Z0-9_]*\("([^"]+)"/g)].map((m) => m[1]);
}

function strings(text) {
  return [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

/** The FIELDS table of AttributeSchema.java as {block, name, kind, codes}. */
function javaFields() {
  const src = java('building/AttributeSchema.java');
  const constants = {};
  for (const m of src.matchAll(/static final String (\w+) = "(\w+)";/g)) constants[m[1]] = m[2];
  const lists = {};
  for (const m of src.matchAll(/static final List<String> (\w+) =\s*List\.of\(([^;]*?)\);/gs)) lists[m[1]] = strings(m[2]);
  const table = src.slice(src.indexOf('FIELDS = List.of('), src.indexOf('BY_PATH'));
  return table.split(/Field\./).slice(1).map((entry) => {
    const m = /^(text|of|code|codes)\((\w+),\s*"(\w+)"([\s\S]*)$/.exec(entry);
    assert.ok(m, `cannot read field entry: ${entry}`);
    const [, factory, blockConst, name, rest] = m;
    const listRef = /(\w+)\.toArray/.exec(rest);
    const kind = factory === 'text' ? 'text' : factory === 'of' ? /Kind\.(\w+)/.exec(rest)[1].toLowerCase() : factory;
    const codes = factory === 'code' || factory === 'codes' ? (listRef ? lists[listRef[1]] : strings(rest)) : [];
    return { block: constants[blockConst], name, kind, codes };
  });
}

test('blocks are the Java blocks in the same order', opts, () => {
  const src = java('building/AttributeSchema.java');
  const names = /BLOCKS =\s*List\.of\(([^)]*)\)/.exec(src)[1].split(',').map((s) => s.trim());
  const constants = Object.fromEntries([...src.matchAll(/static final String (\w+) = "(\w+)";/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(BLOCKS, names.map((n) => constants[n]));
});

test('fields, kinds and codes are the Java ones in the same order', opts, () => {
  assert.deepEqual(FIELDS, javaFields());
});

test('status, judgement, grade and event codes are the Java enums', opts, () => {
  assert.deepEqual(STATUSES, enumCodes('lifecycle/Status.java'));
  assert.deepEqual(JUDGEMENTS, enumCodes('lifecycle/Judgement.java'));
  assert.deepEqual(GRADES, enumCodes('lifecycle/Grade.java'));
  assert.deepEqual(EVENT_TYPES, enumCodes('lifecycle/EventType.java'));
});
