// The outbox on the map page: a button with the count of writes not yet sent (red when one is
// in conflict or refused), opening a panel that lists every item — what, which building, when
// (Asia/Shanghai), its state and why — with what the inspector can do: open a conflict (both
// footprints on the map, field by field) and re-apply, merge or drop it; send a refused one
// again or drop it. Dropping asks once more. Nothing here decides: outbox.js does.

import { el } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';
import { formatDateTime } from '../../shared/format.js';
import { counts } from './queue.js';
import { itemLabel, stateLabel, itemError } from './pending-view.js';
import { renderConflictDetail, mineGeometry } from './conflict-detail.js';
import { showFootprints } from './conflict-map.js';

export class OutboxView {
  /** outbox: the Outbox; map: the Leaflet map (for the footprints of a conflict). */
  constructor(outbox, map) {
    this.outbox = outbox;
    this.map = map;
    this.openConflict = null; // item id whose conflict is shown
    this.confirming = null; // item id whose drop awaits confirmation
    this.choices = {}; // item id → {field: 'mine' | 'theirs'}
    this.removeFootprints = () => {};
    this.count = el('span', { id: 'outbox-count', class: 'outbox-count' });
    this.button = el('button', {
      type: 'button', id: 'outbox-button', class: 'button map-tool outbox-button', hidden: true,
      onclick: () => this.toggle(),
    }, el('span', { class: 'outbox-button-label' }), this.count);
    this.list = el('ul', { id: 'outbox-list', class: 'outbox-list' });
    this.title = el('h2', { id: 'outbox-title', class: 'panel-title' });
    this.close = el('button', { type: 'button', id: 'outbox-close', class: 'button button-icon', text: '×', onclick: () => this.hide() });
    this.panel = el('aside', { id: 'outbox-panel', class: 'panel outbox-panel', 'aria-labelledby': 'outbox-title', hidden: true },
      el('header', { class: 'panel-header' }, this.title, this.close),
      el('div', { class: 'panel-body' }, this.list));
    // The button sits with the map's other tools (我的任务, 定位), always above the record.
    (document.querySelector('.map-tools') || document.querySelector('main')).append(this.button);
    document.querySelector('main').append(this.panel);
    outbox.subscribe(() => this.render());
    onLanguageChange(() => this.render());
    this.render();
  }

  toggle() {
    if (this.panel.hidden) this.show();
    else this.hide();
  }

  show() {
    this.panel.hidden = false;
    this.render();
  }

  hide() {
    this.panel.hidden = true;
    this.showConflict(null);
  }

  /** Opens the conflict of item id (null closes it): its footprints on the map. */
  showConflict(id) {
    this.removeFootprints();
    this.removeFootprints = () => {};
    this.openConflict = id;
    const item = id && this.outbox.get(id);
    if (item && item.conflict) {
      const current = item.conflict.current;
      this.removeFootprints = showFootprints(this.map, mineGeometry(item), current && current.geometry);
    }
    this.render();
  }

  render() {
    const items = this.outbox.list();
    const c = counts(items);
    this.button.hidden = items.length === 0;
    this.button.dataset.attention = c.conflicts + c.refused > 0 ? 'true' : 'false';
    this.button.firstChild.textContent = t('outbox.button');
    this.count.textContent = String(c.unsent);
    this.button.setAttribute('aria-label', t('outbox.buttonLabel', { count: c.unsent, conflicts: c.conflicts + c.refused }));
    this.title.textContent = t('outbox.title');
    this.close.setAttribute('aria-label', t('panel.close'));
    this.close.title = t('panel.close');
    if (this.openConflict && !(this.outbox.get(this.openConflict) || {}).conflict) this.showConflict(null);
    if (this.panel.hidden) return;
    const rows = [...items].reverse().map((i) => this.row(i)); // newest first
    this.list.replaceChildren(...(rows.length ? rows : [el('li', { class: 'panel-muted', text: t('outbox.empty') })]));
  }

  row(item) {
    // The reason in the user's language (request.js userMessage); the server's own words, in
    // English, only as a tooltip.
    const err = item.state !== 'sent' && itemError(item);
    const error = err ? el('p', { class: 'outbox-reason', text: err.userMessage(), title: err.detail || null }) : null;
    return el('li', { class: 'outbox-item', dataset: { id: item.id, state: item.state, kind: item.kind } },
      el('div', { class: 'outbox-line' },
        el('strong', { class: 'outbox-label', text: itemLabel(item) }),
        el('span', { class: 'outbox-state', text: stateLabel(item) })),
      el('p', { class: 'outbox-meta', text: t('outbox.meta', { code: item.houseCode || '—', at: formatDateTime(item.createdAt) }) }),
      error,
      this.controls(item),
      item.id === this.openConflict && item.conflict ? renderConflictDetail(item, this.choices[item.id] ||= this.defaultChoices(item), {
        reapply: () => this.outbox.resolve(item.id, 'reapply'),
        merge: (choices) => this.outbox.resolve(item.id, 'merge', choices),
        dropButton: this.dropButton(item),
      }) : null);
  }

  defaultChoices(item) {
    const basic = (item.body && item.body.properties && item.body.properties.basic) || {};
    return Object.fromEntries(Object.keys(basic).map((name) => [name, 'mine']));
  }

  controls(item) {
    const buttons = [];
    if (item.state === 'conflict') {
      const open = item.id === this.openConflict;
      buttons.push(el('button', {
        type: 'button', class: 'button outbox-open-conflict', 'aria-expanded': String(open),
        text: t(open ? 'outbox.hideConflict' : 'outbox.showConflict'),
        onclick: () => this.showConflict(open ? null : item.id),
      }));
    }
    if (item.state === 'refused') {
      buttons.push(el('button', { type: 'button', class: 'button outbox-retry', text: t('outbox.retry'), onclick: () => this.outbox.resolve(item.id, 'retry') }));
    }
    if (['waiting', 'refused'].includes(item.state)) buttons.push(this.dropButton(item));
    return buttons.length ? el('div', { class: 'form-buttons outbox-controls' }, buttons) : null;
  }

  /** 放弃, then 确认放弃 / 取消: dropping is never one tap. */
  dropButton(item) {
    if (this.confirming !== item.id) {
      return el('button', { type: 'button', class: 'button outbox-drop', text: t('outbox.drop'), onclick: () => { this.confirming = item.id; this.render(); } });
    }
    return el('span', { class: 'outbox-confirm' },
      el('button', {
        type: 'button', class: 'button button-danger outbox-drop-confirm', text: t('outbox.dropConfirm'),
        onclick: () => { this.confirming = null; this.outbox.drop(item.id); },
      }),
      el('button', { type: 'button', class: 'button outbox-drop-cancel', text: t('action.cancel'), onclick: () => { this.confirming = null; this.render(); } }));
  }
}
