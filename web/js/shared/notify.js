// Telling the user what happens: error toasts, the map notice line and the loading indicator.

import { el, byId } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { isAbort, NetworkError } from './request.js';

const TOAST_MS = 8000;

function toast(kind, message, detail) {
  const box = byId('toasts');
  const close = el('button', {
    type: 'button', class: 'toast-close', 'aria-label': t('error.dismiss'), title: t('error.dismiss'), text: '×',
  });
  const node = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    el('div', { class: 'toast-text' },
      el('p', { class: 'toast-message', text: message }),
      detail ? el('p', { class: 'toast-detail', text: detail }) : null),
    close);
  const remove = () => node.remove();
  close.addEventListener('click', remove);
  setTimeout(remove, TOAST_MS);
  // The same message twice in a row (say, every tile of a dead basemap) shows once.
  const last = box.lastElementChild;
  if (last && last.querySelector('.toast-message')?.textContent === message) last.remove();
  box.append(node);
}

/**
 * Shows a failed request (or any error) in the current language; aborted requests and errors
 * already handled (a 401 on its way to the login page) are ignored.
 */
export function showError(err) {
  if (isAbort(err) || (err && err.handled)) return;
  // Offline, the banner (offline/status.js) already says why nothing reaches the server.
  if (err instanceof NetworkError && document.body.dataset.network === 'offline') return;
  if (err && typeof err.userMessage === 'function') {
    toast('error', err.userMessage(), err.detail);
  } else {
    toast('error', t('error.status.other', { status: '?' }), err && err.message);
  }
  if (err) console.error(err);
}

/** Shows a problem that is no failed request (a refused permission, say) by i18n key. */
export function showWarning(key, params) {
  toast('error', t(key, params));
}

/** Shows an informative message by i18n key. */
export function showInfo(key, params) {
  toast('info', t(key, params));
}

let noticeKey = null;
let noticeParams = {};

/** The one-line notice over the map (zoom hint, capped results), by i18n key; null hides it. */
export function setNotice(key, params = {}) {
  noticeKey = key;
  noticeParams = params;
  const node = document.getElementById('map-notice'); // only on the map page
  if (!node) return;
  node.hidden = !key;
  node.textContent = key ? t(key, params) : '';
}

let loadingCount = 0;

/** Counts overlapping loads; the indicator shows while any is running. */
export function setLoading(on) {
  loadingCount = Math.max(0, loadingCount + (on ? 1 : -1));
  const node = byId('loading');
  node.hidden = loadingCount === 0;
  document.body.classList.toggle('is-loading', loadingCount > 0);
}

onLanguageChange(() => setNotice(noticeKey, noticeParams));
