// The area of a report: the whole zone (the user's streets), one street, one community or
// village (from GET /api/admin-units, which holds only the user's streets), or an area drawn on
// the small map. Gives the filter parameters (street, community, within) and the area's name.

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { scopeNames } from '../shared/accounts.js';
import { ReportMap } from './report-map.js';

export const AREA_KINDS = ['zone', 'street', 'community', 'drawn'];

function unitsOf(collection) {
  return (collection && Array.isArray(collection.features) ? collection.features : [])
    .map((f) => ({ code: String(f.properties.code), name: f.properties.name || f.properties.code, parent: f.properties.parentCode }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export class AreaChooser {
  /** me: the user of /api/me; config: the normalised /api/config. */
  constructor(me, config) {
    this.me = me;
    this.streets = [];
    this.communities = [];
    this.street = byId('report-street');
    this.community = byId('report-community');
    this.map = new ReportMap(config);
    this.radios = [...document.querySelectorAll('input[name="area-kind"]')];
    this.radios.forEach((r) => r.addEventListener('change', () => this.showKind()));
    onLanguageChange(() => this.fillOptions());
  }

  /** Loads the streets and communities, then selects what params (a URLSearchParams) name. */
  async load(params) {
    const [streets, communities] = await Promise.all(['street', 'community'].map((level) => getJson(urls.adminUnits(level))));
    this.streets = unitsOf(streets);
    this.communities = unitsOf(communities);
    this.fillOptions();
    const kind = params.get('community') ? 'community' : params.get('street') ? 'street' : 'zone';
    if (params.get('street')) this.street.value = params.get('street');
    if (params.get('community')) this.community.value = params.get('community');
    this.setKind(kind);
  }

  fillOptions() {
    const keep = [this.street.value, this.community.value];
    const placeholder = (key) => el('option', { value: '', text: `— ${t(key)} —` });
    this.street.replaceChildren(placeholder('report.street'),
      ...this.streets.map((s) => el('option', { value: s.code, text: s.name })));
    // Communities grouped under their street.
    this.community.replaceChildren(placeholder('report.community'), ...this.streets.map((s) =>
      el('optgroup', { label: s.name }, this.communities.filter((c) => c.parent === s.code)
        .map((c) => el('option', { value: c.code, text: c.name })))));
    [this.street.value, this.community.value] = keep;
  }

  get kind() {
    const on = this.radios.find((r) => r.checked);
    return on ? on.value : 'zone';
  }

  setKind(kind) {
    this.radios.forEach((r) => {
      r.checked = r.value === kind;
    });
    this.showKind();
  }

  showKind() {
    const kind = this.kind;
    byId('street-field').hidden = kind !== 'street';
    byId('community-field').hidden = kind !== 'community';
    byId('draw-box').hidden = kind !== 'drawn';
    if (kind === 'drawn') this.map.show();
  }

  /** [{field, key}] of what is missing for the chosen kind ([] when complete). */
  issues() {
    const kind = this.kind;
    if (kind === 'street' && !this.street.value) return [{ field: 'street', key: 'report.issue.street' }];
    if (kind === 'community' && !this.community.value) return [{ field: 'community', key: 'report.issue.community' }];
    const drawn = kind === 'drawn' && this.map.issue();
    return drawn ? [{ field: 'within', key: drawn }] : [];
  }

  /** The area chosen now: {kind, street, community, within} (what a report was made for). */
  current() {
    const kind = this.kind;
    return {
      kind,
      street: kind === 'street' ? this.street.value : '',
      community: kind === 'community' ? this.community.value : '',
      within: kind === 'drawn' ? this.map.within() : '',
    };
  }

  /** The area's name as the report's first sentence says it, in the current language. */
  nameOf(area) {
    const find = (list, code) => (list.find((u) => u.code === code) || {}).name || code;
    switch (area.kind) {
      case 'street': return find(this.streets, area.street);
      case 'community': return find(this.communities, area.community);
      case 'drawn': return t('report.area.drawnName');
      default: return this.me.scope.length
        ? scopeNames(this.me.scope, this.streets).join(t('value.listSeparator'))
        : t('report.area.zoneName');
    }
  }
}
