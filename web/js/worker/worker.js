// The service worker's wiring (sw.js calls startWorker): the app's files precached under a cache
// named by version and served cache-first, pages included, so that a repeat visit asks the
// server for data only; the user's data answered from IndexedDB when the network is gone
// (api-cache.js); basemap tiles kept for offline use within a bound (tile-cache.js).

import { answerApi, API_PATH } from './api-cache.js';
import { answerTile } from './tile-cache.js';

const APP_CACHE_PREFIX = 'app-';

/** The precache key of a same-origin request: a page by its path ('/' is index.html), else the path itself. */
export function appFileKey(url, files) {
  const path = url.pathname === '/' ? '/index.html' : url.pathname;
  return url.search === '' || path.endsWith('.html') ? (files.has(path) ? path : null) : null;
}

async function precache(cacheName, files) {
  const cache = await caches.open(cacheName);
  // no-cache: fetched from the server (or confirmed by it), never an older copy from the HTTP cache.
  await cache.addAll(files.map((f) => new Request(f, { cache: 'no-cache' })));
}

async function dropOldCaches(current) {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(APP_CACHE_PREFIX) && n !== current).map((n) => caches.delete(n)));
}

async function fromCache(cacheName, key, request) {
  const hit = await (await caches.open(cacheName)).match(key);
  return hit || fetch(request);
}

/** scope: the worker's global (self); app: {version, files} as the server filled them in. */
export function startWorker(scope, app) {
  const cacheName = APP_CACHE_PREFIX + app.version;
  const files = new Set(app.files);

  scope.addEventListener('install', (event) => {
    // A new version takes over at once: pages already open keep the modules they loaded, and
    // the next load is all new (the app loads no module later on).
    event.waitUntil(precache(cacheName, app.files).then(() => scope.skipWaiting()));
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(dropOldCaches(cacheName).then(() => scope.clients.claim()));
  });
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) {
      if (request.method === 'GET' && request.destination === 'image') event.respondWith(answerTile(event));
      return;
    }
    const key = request.method === 'GET' ? appFileKey(url, files) : null;
    if (key) {
      event.respondWith(fromCache(cacheName, key, request));
    } else if (API_PATH.test(url.pathname)) {
      event.respondWith(answerApi(event, scope));
    }
  });
}
