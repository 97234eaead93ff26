// Search by house code or address (GET /api/buildings?q=…): a results list under the search box;
// choosing a result zooms the map to it and opens the panel.

import { el, byId, swatch } from '../shared/dom.js';
import { t, statusLabel, onLanguageChange } from '../shared/i18n.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { buildingsQuery } from './query.js';
import { buildingStyle } from './tiles/style.js';
import { showError } from '../shared/notify.js';

export const RESULT_LIMIT = 20;
const DEBOUNCE_MS = 350;
const MIN_CHARS = 2;

export class Search {
  /** onChoose(feature): the user picked a result. */
  constructor({ onChoose }) {
    this.form = byId('search-form');
    this.input = byId('search-input');
    this.box = byId('search-results');
    this.onChoose = onChoose;
    this.controller = null;
    this.timer = null;
    this.last = null; // {q, page} of the results shown, to redraw on language change

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(this.input.value, true);
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(this.input.value, false), DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
      if (e.key === 'ArrowDown') this.box.querySelector('button')?.focus();
    });
    document.addEventListener('click', (e) => {
      if (!this.form.contains(e.target) && !this.box.contains(e.target)) this.hide();
    });
    onLanguageChange(() => {
      if (this.last && !this.box.hidden) this.show(this.last.page);
    });
  }

  hide() {
    this.box.hidden = true;
    this.box.replaceChildren();
    this.last = null;
  }

  /** Searches for q; a submit searches even one character, typing waits for two. */
  async run(text, submitted) {
    clearTimeout(this.timer);
    const q = text.trim();
    if (this.controller) this.controller.abort();
    if (q.length < (submitted ? 1 : MIN_CHARS)) {
      this.hide();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.box.hidden = false;
    this.box.replaceChildren(el('p', { class: 'search-status', text: t('search.searching') }));
    try {
      const page = await getJson(urls.buildings(buildingsQuery({ q }, { limit: RESULT_LIMIT })), { signal: controller.signal });
      this.last = { q, page };
      this.show(page);
    } catch (err) {
      if (isAbort(err)) return;
      this.hide();
      showError(err);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  show(page) {
    const features = Array.isArray(page.features) ? page.features : [];
    const total = Number.isFinite(page.numberMatched) ? page.numberMatched : features.length;
    const items = features.map((f) => {
      const p = f.properties || {};
      const button = el('button', { type: 'button', class: 'search-result', dataset: { id: String(f.id) } },
        swatch(buildingStyle(p), 18),
        el('span', { class: 'search-result-text' },
          el('span', { class: 'search-result-code', text: p.houseCode || String(f.id) }),
          el('span', { class: 'search-result-address', text: [p.address, statusLabel(p.status)].filter(Boolean).join(' · ') })));
      button.addEventListener('click', () => {
        this.hide();
        this.input.blur();
        this.onChoose(f);
      });
      return el('li', {}, button);
    });
    const status = features.length === 0 ? t('search.none')
      : total > features.length ? t('search.count', { total, shown: features.length }) : null;
    const parts = [];
    if (status) parts.push(el('p', { class: 'search-status', text: status }));
    if (items.length) parts.push(el('ul', { class: 'search-list' }, items));
    this.box.replaceChildren(...parts);
    this.box.hidden = false;
  }
}
