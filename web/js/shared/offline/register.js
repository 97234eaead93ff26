// Registers the app's service worker (/sw.js, scope /) from every page, after the page has
// loaded, so that its precaching never competes with the page's own first requests. The browser
// checks the worker on each visit (updateViaCache none: never an HTTP-cached copy); a new
// version installs in the background and is used from the next load on.

const WORKER = '/sw.js';

export function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register(WORKER, { type: 'module', scope: '/', updateViaCache: 'none' })
    .catch((err) => console.warn('service worker not registered', err));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Whether a service worker controls this page (then its offline copy answers when the network is gone). */
export function workerControls() {
  return 'serviceWorker' in navigator && !!navigator.serviceWorker.controller;
}
