// API tokens of one user (the signed-in user's own, or any user's for an admin): the list,
// creating one — its secret is shown once, with a copy button and a warning — and revoking.

import { el } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { getJson, sendJson } from './request.js';
import { formatDateTime } from './format.js';
import { sortTokens, tokenState, tokenLastDay, minTokenExpiry, TOKEN_NAME_MAX } from './accounts.js';
import { FormFeedback, whileBusy } from './forms.js';

const COLUMNS = ['token.name', 'token.createdAt', 'token.expiresAt', 'token.lastUsedAt', 'token.state', 'token.actions'];

/** A node whose text follows the language (lang.js redraws every [data-i18n]). */
const label = (tag, key, attrs = {}) => el(tag, { ...attrs, text: t(key), dataset: { i18n: key } });

export class TokenManager {
  /** root: the element to fill; prefix: the ids' prefix ("token" → #token-create-form …). */
  constructor(root, prefix) {
    this.prefix = prefix;
    this.urls = null;
    this.tokens = null;
    this.secret = null; // {name, token} while shown
    const id = (s) => `${prefix}-${s}`;
    this.name = el('input', { id: id('name'), class: 'input', type: 'text', maxlength: TOKEN_NAME_MAX, autocomplete: 'off',
      placeholder: t('token.namePlaceholder'), dataset: { i18nPlaceholder: 'token.namePlaceholder' } });
    this.expires = el('input', { id: id('expires'), class: 'input', type: 'date', 'aria-describedby': id('expires-hint') });
    this.submit = label('button', 'token.create', { id: id('create'), type: 'submit', class: 'button button-primary' });
    this.message = el('p', { id: id('message'), class: 'form-message', hidden: true });
    this.form = el('form', { id: id('create-form'), class: 'inline-form', novalidate: true },
      el('div', { class: 'field form-field' }, label('label', 'token.name', { class: 'form-label', for: id('name') }), this.name),
      el('div', { class: 'field form-field' }, label('label', 'token.expires', { class: 'form-label', for: id('expires') }), this.expires,
        label('span', 'token.expiresHint', { id: id('expires-hint'), class: 'hint' })),
      el('div', { class: 'form-actions' }, this.submit));
    this.feedback = new FormFeedback(this.message, { name: this.name, expiresAt: this.expires });
    this.once = el('div', { id: id('new'), class: 'token-once', role: 'alert', hidden: true });
    this.body = el('tbody');
    this.table = el('table', { id: id('table'), class: 'data-table cards-on-phone' },
      el('thead', {}, el('tr', {}, COLUMNS.map((k) => label('th', k, { scope: 'col' })))), this.body);
    this.empty = el('p', { id: id('empty'), class: 'note note-muted', hidden: true });
    root.replaceChildren(label('p', 'token.intro', { class: 'note' }), this.form, this.message, this.once,
      el('div', { class: 'table-wrap' }, this.table), this.empty);

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.create();
    });
    onLanguageChange(() => this.render());
  }

  /** Shows the tokens of another owner: {list, create, revoke(id)} URLs. Forgets any secret. */
  async show(owner) {
    this.urls = owner;
    this.tokens = null;
    this.secret = null;
    this.form.reset();
    this.feedback.clear();
    this.expires.min = minTokenExpiry();
    this.render();
    await this.load();
  }

  /** Forgets the owner, the list and any secret on screen (the editor was closed). */
  clear() {
    this.urls = null;
    this.tokens = null;
    this.secret = null;
    this.form.reset();
    this.feedback.clear();
    this.render();
  }

  async load() {
    const owner = this.urls;
    try {
      const body = await getJson(owner.list);
      if (this.urls !== owner) return;
      this.tokens = Array.isArray(body && body.tokens) ? body.tokens : [];
    } catch (err) {
      if (this.urls !== owner) return;
      this.tokens = [];
      this.feedback.failed(err);
    }
    this.render();
  }

  async create() {
    const name = this.name.value.trim();
    if (!name || name.length > TOKEN_NAME_MAX) {
      this.feedback.invalid([{ field: 'name', key: 'token.nameRequired' }]);
      return;
    }
    await whileBusy(this.form, this.submit, async () => {
      try {
        const created = await sendJson('POST', this.urls.create, { name, expiresAt: this.expires.value || null });
        this.secret = { name: created.name || name, token: String(created.token || '') };
        this.form.reset();
        this.feedback.clear();
        this.render();
        this.once.scrollIntoView({ block: 'nearest' });
        this.once.querySelector('input')?.select();
        await this.load();
      } catch (err) {
        this.feedback.failed(err);
      }
    });
  }

  async revoke(token, button) {
    if (!window.confirm(t('token.revokeConfirm', { name: token.name }))) return;
    button.disabled = true;
    try {
      await sendJson('DELETE', this.urls.revoke(token.id));
      this.feedback.done('token.revoked', { name: token.name });
      await this.load();
    } catch (err) {
      button.disabled = false;
      this.feedback.failed(err);
    }
  }

  async copy(input, status) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(input.value);
      ok = true;
    } catch {
      input.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
    }
    status.textContent = t(ok ? 'token.copied' : 'token.copyFailed');
    if (!ok) input.select();
  }

  renderSecret() {
    const p = this.prefix;
    this.once.hidden = !this.secret;
    if (!this.secret) {
      this.once.replaceChildren();
      return;
    }
    const input = el('input', { id: `${p}-value`, class: 'input token-value', type: 'text', readonly: true,
      spellcheck: 'false', autocomplete: 'off', 'aria-label': t('token.value') });
    input.value = this.secret.token;
    const status = el('p', { id: `${p}-copy-status`, class: 'hint', role: 'status' });
    const copy = el('button', { id: `${p}-copy`, type: 'button', class: 'button button-primary', text: t('token.copy') });
    copy.addEventListener('click', () => this.copy(input, status));
    const dismiss = el('button', { id: `${p}-dismiss`, type: 'button', class: 'button', text: t('token.dismiss') });
    dismiss.addEventListener('click', () => {
      this.secret = null;
      this.render();
    });
    this.once.replaceChildren(
      el('strong', { class: 'token-once-title', text: t('token.onceTitle', { name: this.secret.name }) }),
      el('p', { class: 'token-once-warning', text: t('token.onceWarning') }),
      el('div', { class: 'token-value-row' }, input, copy),
      status, dismiss);
  }

  render() {
    this.renderSecret();
    const now = new Date();
    const headers = COLUMNS.map((k) => t(k));
    if (!this.tokens) {
      this.body.replaceChildren();
      this.empty.textContent = t('common.loading');
      this.empty.hidden = false;
      return;
    }
    this.body.replaceChildren(...sortTokens(this.tokens, now).map((token) => {
      const state = tokenState(token, now);
      const revoke = state === 'revoked' ? null
        : el('button', { type: 'button', class: 'button button-small token-revoke', text: t('token.revoke'), dataset: { tokenId: token.id } });
      revoke?.addEventListener('click', () => this.revoke(token, revoke));
      const cells = [
        el('strong', { text: token.name || '—' }),
        formatDateTime(token.createdAt),
        tokenLastDay(token.expiresAt) || t('token.noExpiry'),
        token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('token.never'),
        el('span', { class: `tag tag-${state}`, text: t(`token.state.${state}`) }),
        revoke,
      ];
      return el('tr', { dataset: { tokenId: token.id, state } },
        cells.map((c, i) => el('td', { dataset: { label: headers[i] } }, c)));
    }));
    this.empty.textContent = t('token.none');
    this.empty.hidden = this.tokens.length > 0;
  }
}
