import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t, has, keys, setLanguage, language, onLanguageChange, codeLabel, statusLabel, eventLabel } from '../js/shared/i18n.js';
import {
  BLOCKS, FIELDS, STATUSES, JUDGEMENTS, GRADES, EVENT_TYPES, RECHECK_KINDS, RECHECK_RESULTS, ROLES,
} from '../js/shared/schema.js';

function inBoth(key) {
  setLanguage('zh-CN');
  const zh = t(key);
  setLanguage('en');
  const en = t(key);
  setLanguage('zh-CN');
  return [zh, en];
}

test('Chinese is the default language', () => {
  assert.equal(language(), 'zh-CN');
  assert.equal(t('app.title'), '房屋安全排查整治一张图');
});

test('every label the API can need exists in both languages', () => {
  const needed = [
    ...STATUSES.map((c) => `status.${c}`),
    ...JUDGEMENTS.map((c) => `judgement.${c}`),
    ...GRADES.map((c) => `grade.${c}`),
    ...EVENT_TYPES.map((c) => `event.${c}`),
    ...RECHECK_KINDS.map((c) => `recheck.kind.${c}`),
    ...RECHECK_RESULTS.map((c) => `recheck.result.${c}`),
    ...ROLES.map((c) => `role.${c}`),
    ...BLOCKS.map((b) => `block.${b}`),
    ...FIELDS.map((f) => `field.${f.block}.${f.name}`),
  ];
  const missing = needed.filter((k) => !has(k));
  assert.deepEqual(missing, []);
});

test('every code value of every coded field has a label', () => {
  const missing = [];
  for (const f of FIELDS.filter((x) => x.kind === 'code' || x.kind === 'codes')) {
    for (const c of f.codes) {
      if (codeLabel(f.name, c) === c && !/^[A-D]$/.test(c)) missing.push(`${f.name}.${c}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('no entry is empty and both languages use the same placeholders', () => {
  for (const key of keys()) {
    const [zh, en] = inBoth(key);
    assert.ok(zh && en, key);
    const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(zh), names(en), key);
  }
});

test('switching language changes labels and tells listeners', () => {
  const seen = [];
  const off = onLanguageChange((lang) => seen.push(lang));
  setLanguage('en');
  assert.equal(statusLabel('closed'), 'Closed out');
  assert.equal(t('block.basic'), 'Basic information');
  setLanguage('zh-CN');
  assert.equal(statusLabel('closed'), '已销号');
  assert.equal(t('block.basic'), '基本情况');
  off();
  assert.deepEqual(seen, ['en', 'zh-CN']);
});

test('an unknown language falls back to Chinese', () => {
  setLanguage('fr');
  assert.equal(language(), 'zh-CN');
});

test('placeholders are filled and unknown keys stay visible', () => {
  assert.equal(t('map.capped', { shown: 5000, total: 12000 }), '仅显示 5000 / 12000 栋房屋，请放大地图查看全部');
  assert.equal(t('no.such.key'), 'no.such.key');
  assert.equal(t('no.such.key', { fallback: 'x' }), 'x');
  assert.equal(statusLabel('future_state'), 'future_state');
  assert.equal(eventLabel('survey'), '排查');
});

test('judgement and grade codes share the enum labels', () => {
  assert.equal(codeLabel('judgement', 'serious'), '存在严重安全隐患');
  assert.equal(codeLabel('grade', 'D'), t('grade.D'));
  assert.equal(codeLabel('structure', 'brick_concrete'), '砖混结构');
});

test('the string tables merged into i18n.js define no key twice', async () => {
  const { DUPLICATE_KEYS } = await import('../js/shared/i18n.js');
  assert.deepEqual(DUPLICATE_KEYS, []);
});

test('the account problem types and role labels are in both languages', () => {
  for (const slug of ['login-failed', 'too-many-attempts', 'unauthenticated', 'forbidden', 'weak-password', 'no-admin', 'csrf']) {
    assert.ok(has(`problem.${slug}`), slug);
  }
  assert.deepEqual(inBoth('role.street_office'), ['街道', 'Street office']);
  assert.deepEqual(inBoth('problem.too-many-attempts.retry').map((s) => s.includes('{seconds}')), [true, true]);
});
