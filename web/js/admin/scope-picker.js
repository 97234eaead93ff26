// The street-scope picker (a fieldset of checkboxes: "all streets" and one per street) and the
// role select of the user forms. "All streets" (an empty scope) is offered only to the roles
// that may have it; the server checks again.

import { el } from '../shared/dom.js';
import { t, roleLabel, onLanguageChange } from '../shared/i18n.js';
import { ROLES, mayHaveAllStreets } from '../shared/accounts.js';

export class ScopePicker {
  /** fieldset: the (empty) fieldset to fill; prefix: ids' prefix ("new-scope" → #new-scope-all …). */
  constructor(fieldset, prefix) {
    this.root = fieldset;
    this.prefix = prefix;
    this.streets = [];
    this.role = '';
    this.all = el('input', { id: `${prefix}-all`, type: 'checkbox', value: '' });
    this.allRow = el('label', { class: 'check check-all', for: `${prefix}-all` },
      this.all, el('span', { text: t('scope.all'), dataset: { i18n: 'scope.all' } }));
    this.hint = el('span', { id: `${prefix}-hint`, class: 'hint', text: t('scope.allHint'), dataset: { i18n: 'scope.allHint' } });
    this.list = el('div', { id: `${prefix}-streets`, class: 'check-list' });
    fieldset.replaceChildren(el('legend', { class: 'form-label', text: t('user.scope'), dataset: { i18n: 'user.scope' } }),
      this.allRow, this.list, this.hint);
    this.all.addEventListener('change', () => this.sync());
    this.render([]);
  }

  /** The streets to offer: [{code, name}]; the current choice is kept. */
  setStreets(streets) {
    this.streets = streets;
    this.render(this.checkedCodes());
  }

  /** Follows the role: "all streets" only where allowed. */
  setRole(role) {
    this.role = role;
    if (!mayHaveAllStreets(role)) this.all.checked = false;
    this.sync();
  }

  /** Shows a scope: [] is all streets (where the role allows it, else nothing chosen). */
  setValue(scope) {
    const codes = Array.isArray(scope) ? scope : [];
    this.all.checked = codes.length === 0 && mayHaveAllStreets(this.role);
    this.render(codes);
  }

  /** The scope to send: [] for all streets, else the chosen street codes; null for no choice. */
  value() {
    if (this.all.checked) return [];
    const codes = this.checkedCodes();
    return codes.length ? codes : null;
  }

  checkedCodes() {
    return [...this.list.querySelectorAll('input:checked')].map((i) => i.value);
  }

  render(checked) {
    const known = new Set(this.streets.map((s) => s.code));
    // A code of the user's scope the street list lacks stays visible, not silently dropped.
    const rows = [...this.streets, ...checked.filter((c) => !known.has(c)).map((code) => ({ code, name: '' }))];
    this.list.replaceChildren(...rows.map((s) => {
      const id = `${this.prefix}-street-${s.code}`;
      const box = el('input', { id, type: 'checkbox', value: s.code, name: `${this.prefix}-street` });
      box.checked = checked.includes(s.code);
      return el('label', { class: 'check', for: id }, box,
        el('span', { text: s.name || s.code }), s.name ? el('span', { class: 'check-code', text: s.code }) : null);
    }));
    this.sync();
  }

  sync() {
    const allowed = mayHaveAllStreets(this.role);
    this.allRow.hidden = !allowed;
    this.hint.hidden = allowed || !this.role;
    this.list.querySelectorAll('input').forEach((box) => {
      box.disabled = this.all.checked;
    });
    this.root.classList.toggle('scope-all', this.all.checked);
  }
}

/** Fills a role select (labels in the current language, redrawn on change), with a "choose" option if asked. */
export function initRoleSelect(select, withPlaceholder) {
  const fill = () => {
    const value = select.value;
    const options = ROLES.map((r) => el('option', { value: r, text: roleLabel(r) }));
    if (withPlaceholder) options.unshift(el('option', { value: '', text: t('user.roleChoose') }));
    select.replaceChildren(...options);
    select.value = value;
  };
  fill();
  onLanguageChange(fill);
}
