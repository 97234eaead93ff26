// The street and status filters. Their values go into every buildings request of the map.

import { el, byId } from '../shared/dom.js';
import { t, statusLabel, onLanguageChange } from '../shared/i18n.js';
import { STATUSES } from '../shared/schema.js';

function fill(select, allKey, options) {
  const value = select.value;
  select.replaceChildren(
    el('option', { value: '', text: t(allKey) }),
    ...options.map(([v, label]) => el('option', { value: v, text: label })));
  select.value = options.some(([v]) => v === value) ? value : '';
}

export class Filters {
  /** onChange(): a filter changed. */
  constructor({ onChange }) {
    this.street = byId('filter-street');
    this.status = byId('filter-status');
    this.streets = [];
    this.render();
    this.street.addEventListener('change', onChange);
    this.status.addEventListener('change', onChange);
    onLanguageChange(() => this.render());
  }

  /** Fills the street list from the admin-unit features of level street. */
  setStreets(features) {
    this.streets = features
      .map((f) => ({ code: String((f.properties && f.properties.code) || f.id), name: (f.properties && f.properties.name) || '' }))
      .filter((s) => s.code)
      .sort((a, b) => a.code.localeCompare(b.code));
    this.render();
  }

  render() {
    fill(this.street, 'filter.street.all', this.streets.map((s) => [s.code, s.name || s.code]));
    fill(this.status, 'filter.status.all', STATUSES.map((s) => [s, statusLabel(s)]));
  }

  /** The filter for query.js buildingsQuery. */
  value() {
    return { street: this.street.value || null, status: this.status.value || null };
  }
}
