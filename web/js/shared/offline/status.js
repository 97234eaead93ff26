// Whether the app reaches the server, told by the browser (online/offline events) and by the
// service worker after each request it passes on (api-cache.js); and the banner that says so:
// 离线 · 数据截至 <time of the last sync, Asia/Shanghai>. document.body.dataset.network is
// "online" or "offline".

import { el } from '../dom.js';
import { t, onLanguageChange } from '../i18n.js';
import { formatDateTime } from '../format.js';
import { syncedAt } from './store.js';

const listeners = new Set();
let online = typeof navigator === 'undefined' ? true : navigator.onLine;
let banner = null;

/** The banner's text: offline, and since when the kept data is (or that there is none). */
export function bannerText(syncTime, translate = t) {
  const when = syncTime ? translate('offline.dataTime', { time: formatDateTime(syncTime) }) : translate('offline.noData');
  return `${translate('offline.banner')} · ${when}`;
}

export function isOnline() {
  return online;
}

/** fn(online) after each change. */
export function onNetworkChange(fn) {
  listeners.add(fn);
}

async function render() {
  document.body.dataset.network = online ? 'online' : 'offline';
  if (!banner) return;
  if (online) {
    banner.hidden = true;
    return;
  }
  const time = await syncedAt().catch(() => null);
  banner.textContent = bannerText(time);
  banner.hidden = online;
}

function set(value) {
  if (value === online) return;
  online = value;
  render();
  listeners.forEach((fn) => fn(online));
}

/** Adds the banner at the top of container and starts listening. */
export function startNetworkStatus(container) {
  banner = el('div', { id: 'offline-banner', class: 'offline-banner', role: 'status' });
  banner.hidden = true;
  container.prepend(banner);
  window.addEventListener('offline', () => set(false));
  window.addEventListener('online', () => set(true));
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'housesafe-network') set(e.data.online === true);
    });
  }
  onLanguageChange(render);
  render();
}

/** The banner shows the new data time after a sync. */
export function dataChanged() {
  render();
}
