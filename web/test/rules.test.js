// The front-end rules of CONVENTIONS.md habit 11 and the CSP, checked on the source text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
// Paths under js/, folders included (js/map/record/panel.js is 'map/record/panel.js').
const jsFiles = readdirSync(join(web, 'js'), { recursive: true }).filter((f) => f.endsWith('.js')).sort();
const source = (f) => readFileSync(join(web, 'js', f), 'utf8');
const code = (f) => source(f).replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
const htmlFiles = readdirSync(web).filter((f) => f.endsWith('.html'));
const html = (f) => readFileSync(join(web, f), 'utf8');
const LEAFLET_ESM = '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

test('every page is there', () => {
  assert.deepEqual(htmlFiles.sort(), ['account.html', 'admin.html', 'export.html', 'index.html', 'ledger.html', 'login.html', 'report.html', 'stats.html']);
});

test('only leaflet.js imports Leaflet, straight from the webjar', () => {
  const importers = jsFiles.filter((f) => /from\s+['"](?:leaflet|\/webjars\/leaflet\/[^'"]*)['"]/.test(code(f)));
  assert.deepEqual(importers, ['shared/map/leaflet.js']);
  assert.ok(code('shared/map/leaflet.js').includes(`from '${LEAFLET_ESM}'`));
});

// (.invalid hosts can never resolve: nav.js parses paths against one.)
test('only urls.js spells out API paths and tile servers', () => {
  const offenders = jsFiles.filter((f) => f !== 'shared/urls.js' && /['"`]\/api\/|https?:\/\/(?!www\.w3\.org\/|[a-z.-]+\.invalid\b)/.test(code(f)));
  assert.deepEqual(offenders, []);
});

// The service worker's modules (worker/) are the exception: they sit beneath request.js, with no
// page, and pass the pages' own requests on as they came (fetch(event.request)): request.js's
// credentials, typed errors and login redirect belong to the page that asked, not to them.
test('only request.js (and the service worker) calls fetch', () => {
  const offenders = jsFiles.filter((f) => f !== 'shared/request.js' && !f.startsWith('worker/') && /\bfetch\s*\(/.test(code(f)));
  assert.deepEqual(offenders, []);
});

test('no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
  const offenders = jsFiles.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/.test(code(f)));
  assert.deepEqual(offenders, []);
});

test('no page has an inline script, importmap, event handler or style (CSP script-src/style-src self)', () => {
  for (const f of htmlFiles) {
    const text = html(f);
    const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1, `${f} has no script`);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /^\s+type="module"\s+src="js\/[a-z]+\/[a-z-]+\.js"\s*$/, `${f}: a script that is not a module file`);
      assert.equal(body, '', `${f}: a script with an inline body`);
    }
    assert.doesNotMatch(text, /importmap/i, f);
    assert.doesNotMatch(text, /\son[a-z]+\s*=/i, `${f}: inline event handler`);
    assert.doesNotMatch(text, /\sstyle\s*=/i, `${f}: style attribute`);
    assert.doesNotMatch(text, /<style\b/i, `${f}: style element`);
    assert.doesNotMatch(text, /javascript:/i, `${f}: javascript: URL`);
  }
});

test('forms post (a password never lands in a URL) and the login form has its autocomplete', () => {
  for (const f of htmlFiles) {
    for (const [form] of html(f).matchAll(/<form\b[^>]*>/g)) {
      assert.doesNotMatch(form, /method="get"/i, `${f}: ${form}`);
    }
  }
  const login = html('login.html');
  assert.match(login, /<input id="login-username"[^>]*autocomplete="username"/);
  assert.match(login, /<input id="login-password"[^>]*type="password"[^>]*autocomplete="current-password"/);
  assert.match(login, /<form id="login-form"[^>]*method="post"/);
});

test('every page links the web app manifest', () => {
  for (const f of htmlFiles) assert.match(html(f), /<link rel="manifest" href="\/manifest\.webmanifest">/, f);
});

test('the service worker as stored has the line the server fills in (AppFiles.java)', () => {
  const worker = readFileSync(join(web, 'sw.js'), 'utf8');
  assert.ok(worker.includes("const APP = { version: 'dev', files: [] };"));
});

test('the map page loads the Leaflet stylesheet from the webjar', () => {
  assert.match(html('index.html'), /href="\/webjars\/leaflet\/1\.9\.4\/dist\/leaflet\.css"/);
});

test('the pages have the ids browser tests use', () => {
  const ids = {
    'index.html': ['map', 'lang-toggle', 'panel', 'panel-house-code', 'panel-close', 'search-input',
      'filter-street', 'filter-status', 'basemap-select', 'legend', 'user-bar', 'user-name', 'user-role', 'logout', 'admin-link'],
    'login.html': ['login-form', 'login-username', 'login-password', 'login-submit', 'login-error', 'lang-toggle'],
    'account.html': ['password-form', 'password-current', 'password-new', 'password-confirm', 'password-submit', 'tokens', 'logout', 'lang-toggle'],
    'admin.html': ['user-create-form', 'new-username', 'new-role', 'new-scope', 'new-password', 'user-create-submit', 'user-table',
      'security-events', 'user-editor', 'edit-role', 'edit-scope', 'user-toggle-disabled', 'reset-password', 'user-tokens',
      'admin-denied', 'logout', 'lang-toggle'],
    'ledger.html': ['page-nav', 'filter-form', 'ledger-counts', 'ledger-table', 'ledger-status', 'page-prev', 'page-next', 'page-info',
      'export-xlsx', 'export-csv', 'ledger-denied', 'logout', 'lang-toggle'],
    'export.html': ['page-nav', 'filter-form', 'export-map', 'area-draw', 'area-finish', 'export-crs', 'export-count',
      'export-ledger-count', 'export-start', 'export-cancel', 'export-direct', 'export-progress', 'export-done', 'export-error'],
  };
  for (const [f, list] of Object.entries(ids)) {
    for (const id of list) assert.match(html(f), new RegExp(`id="${id}"`), `${f}#${id}`);
  }
});

test('no id is used twice in a page', () => {
  for (const f of htmlFiles) {
    const ids = [...html(f).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], f);
  }
});

test('every i18n key in the pages is in the table', async () => {
  const { has } = await import('../js/shared/i18n.js');
  for (const f of htmlFiles) {
    const used = [...html(f).matchAll(/data-(?:i18n(?:-[a-z-]+)?|page-title)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(used.length > 3, f);
    assert.deepEqual(used.filter((k) => !has(k)), [], f);
  }
});

test('every literal i18n key used in the scripts is in the table', async () => {
  const { has } = await import('../js/shared/i18n.js');
  const used = new Set();
  for (const f of jsFiles.filter((x) => x !== 'shared/i18n.js')) {
    const text = code(f);
    for (const m of text.matchAll(/\b(?:t|setNotice|showInfo|showWarning)\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/\blabel\(\s*'[a-z0-9]+',\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/\b(?:key|messageKey|i18n[A-Za-z]*):\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/\b(?:done|invalid)\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 50);
  assert.deepEqual([...used].filter((k) => !has(k)), []);
});

test('files stay small', () => {
  for (const f of jsFiles) {
    const lines = source(f).split('\n').length;
    assert.ok(lines <= 300, `${f} has ${lines} lines`);
  }
});
