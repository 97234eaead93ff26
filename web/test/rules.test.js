// The front-end rules of CONVENTIONS.md habit 11 and the CSP, checked on the source text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const jsFiles = readdirSync(join(web, 'js')).filter((f) => f.endsWith('.js'));
const source = (f) => readFileSync(join(web, 'js', f), 'utf8');
const code = (f) => source(f).replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
const html = readFileSync(join(web, 'index.html'), 'utf8');

test('only leaflet.js imports Leaflet', () => {
  const importers = jsFiles.filter((f) => /from\s+['"]leaflet['"]/.test(code(f)));
  assert.deepEqual(importers, ['leaflet.js']);
});

test('only urls.js spells out API paths and tile servers', () => {
  const offenders = jsFiles.filter((f) => f !== 'urls.js' && /['"`]\/api\/|https?:\/\/(?!www\.w3\.org\/)/.test(code(f)));
  assert.deepEqual(offenders, []);
});

test('only request.js calls fetch', () => {
  const offenders = jsFiles.filter((f) => f !== 'request.js' && /\bfetch\s*\(/.test(code(f)));
  assert.deepEqual(offenders, []);
});

test('no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
  const offenders = jsFiles.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(code(f)));
  assert.deepEqual(offenders, []);
});

test('no inline script, event handler or style attribute in index.html', () => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  for (const [, attrs, body] of scripts) {
    if (/type="importmap"/.test(attrs)) continue; // data, not code; see README for its CSP hash
    assert.match(attrs, /\ssrc="/, 'a script without src');
    assert.equal(body.trim(), '');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
  assert.doesNotMatch(html, /\sstyle\s*=/i);
  assert.doesNotMatch(html, /<style\b/i);
});

test('the importmap maps leaflet to the webjar', () => {
  const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1]);
  assert.equal(map.imports.leaflet, '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js');
  assert.match(html, /href="\/webjars\/leaflet\/1\.9\.4\/dist\/leaflet\.css"/);
});

test('index.html has the ids browser tests use', () => {
  for (const id of ['map', 'lang-toggle', 'panel', 'panel-house-code', 'panel-close', 'search-input',
    'filter-street', 'filter-status', 'basemap-select', 'legend']) {
    assert.match(html, new RegExp(`id="${id}"`), id);
  }
});

test('every data-i18n key in index.html is in the table', async () => {
  const { has } = await import('../js/i18n.js');
  const used = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(used.length > 5);
  assert.deepEqual(used.filter((k) => !has(k)), []);
});

test('every literal i18n key used in the scripts is in the table', async () => {
  const { has } = await import('../js/i18n.js');
  const used = new Set();
  for (const f of jsFiles.filter((x) => x !== 'i18n.js')) {
    for (const m of code(f).matchAll(/\b(?:t|setNotice|showInfo)\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
  }
  assert.deepEqual([...used].filter((k) => !has(k)), []);
});

test('files stay small', () => {
  for (const f of jsFiles) {
    const lines = source(f).split('\n').length;
    assert.ok(lines <= 400, `${f} has ${lines} lines`);
  }
});
