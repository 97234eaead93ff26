// Every page names its whole static module graph in <link rel="modulepreload"> (issue 14 point
// 1): the browser then fetches all modules at once instead of discovering them one import level
// at a time (a first visit on Fast 4G paid one round trip per level). The graph is computed here
// from the page's module scripts, so that a module added or dropped without its preload line fails.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, posix } from 'node:path';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const htmlFiles = readdirSync(web).filter((f) => f.endsWith('.html')).sort();
const html = (f) => readFileSync(join(web, f), 'utf8');
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
// import x from '…', import { a, b } from '…', import '…', export { a } from '…', export * from '…';
// at the start of a line (never a string such as 'import'), never import('…') (loaded on demand).
const STATIC_IMPORT = /^\s*(?:import|export)\b\s*(?:[\w$*{}\s,]+?\s*from\s*)?['"]([^'"]+)['"]/gm;

/** The site paths a module (by site path) imports statically; webjar files are leaves (bundles). */
function importsOf(path) {
  if (path.startsWith('/webjars/')) return [];
  const text = withoutComments(readFileSync(join(web, path), 'utf8'));
  return [...text.matchAll(STATIC_IMPORT)].map((m) => posix.resolve(posix.dirname(path), m[1]));
}

/** Every module reachable from the entries by static imports, the entries themselves left out. */
function staticGraph(entries) {
  const seen = new Set(entries);
  const queue = [...entries];
  while (queue.length) {
    for (const dep of importsOf(queue.shift())) {
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen].filter((p) => !entries.includes(p)).sort();
}

const entriesOf = (text) => [...text.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => posix.resolve('/', m[1]));
const preloadsOf = (text) => [...text.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

test('the import scanner reads every form of static import and skips dynamic ones', () => {
  const found = (src) => [...withoutComments(src).matchAll(STATIC_IMPORT)].map((m) => m[1]);
  assert.deepEqual(found("import { a,\n  b as c } from './x.js';\nimport d from '../y.js';\nimport './z.js';"), ['./x.js', '../y.js', './z.js']);
  assert.deepEqual(found("export * from './e.js';\nexport { f } from \"./f.js\";\nexport const g = 'h';"), ['./e.js', './f.js']);
  assert.deepEqual(found("const m = await import('./lazy.js');\n// import x from './comment.js';"), []);
});

test('every page preloads exactly its static module graph, each module once', () => {
  for (const f of htmlFiles) {
    const text = html(f);
    const entries = entriesOf(text);
    assert.ok(entries.length >= 1, `${f} has no module script`);
    const preloads = preloadsOf(text);
    assert.deepEqual([...preloads].sort(), staticGraph(entries), `${f}: the modulepreload list differs from the module graph`);
    assert.equal(new Set(preloads).size, preloads.length, `${f}: a module preloaded twice`);
  }
});

test('the map page preloads Leaflet and the record modules (a sanity check of the scan)', () => {
  const preloads = preloadsOf(html('index.html'));
  assert.ok(preloads.includes('/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js'));
  assert.ok(preloads.includes('/js/map/record/panel.js'));
  assert.ok(preloads.length > 60, `${preloads.length} modules`);
});
