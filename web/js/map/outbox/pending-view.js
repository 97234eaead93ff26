// The writes of a building still in the outbox, in its record (待同步): what the inspector
// recorded is seen at once, also offline, with its state. Labels shared with the outbox list.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { formatDateTime } from '../../shared/format.js';
import { problemError, NetworkError } from '../../shared/request.js';

/** What the item is, in the current language ("排查", "照片 a.jpg"…). */
export function itemLabel(item) {
  const l = item.label || {};
  return t(l.key || 'outbox.write', { fallback: l.key, ...(l.params || {}) });
}

/** The item's state in the current language. */
export function stateLabel(item) {
  return t(`outbox.state.${item.state}`);
}

/** The typed error (request.js) of an item's last try, rebuilt from what the outbox kept, or null. */
export function itemError(item) {
  const e = item.error;
  if (!e) return null;
  return e.status ? problemError(e.status, item.url, e.problem) : new NetworkError(item.url);
}

/** The 待同步 section for items (queue.pendingFor), or null when there are none. */
export function renderPending(items) {
  if (!items.length) return null;
  return el('section', { id: 'panel-pending', class: 'panel-section panel-pending' },
    el('h3', { text: t('outbox.pendingHeading', { count: items.length }) }),
    el('ul', { class: 'pending-list' }, items.map((i) => el('li', {
      class: 'pending-item', dataset: { state: i.state, kind: i.kind },
      text: t('outbox.pendingLine', { label: itemLabel(i), state: stateLabel(i), at: formatDateTime(i.createdAt) }),
    }))));
}
