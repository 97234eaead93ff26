// The recent security events of the admin page (#security-events): logins, refusals, account
// changes, newest first, as GET /api/security-events lists them (failures only when the box is ticked).

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { formatDateTime } from '../shared/format.js';
import { isBadOutcome } from '../shared/accounts.js';
import { showError } from '../shared/notify.js';

const COLUMNS = ['events.at', 'events.username', 'events.client', 'events.route', 'events.outcome', 'events.detail'];
const LIMIT = 100;

export class SecurityEvents {
  constructor() {
    this.table = byId('security-events');
    this.refreshButton = byId('security-events-refresh');
    this.failuresOnly = byId('security-events-failures');
    this.events = null;
    this.head = el('thead');
    this.body = el('tbody');
    this.table.replaceChildren(this.head, this.body);
    this.refreshButton.addEventListener('click', () => this.load());
    this.failuresOnly.addEventListener('change', () => this.load());
    onLanguageChange(() => this.render());
    this.render();
  }

  async load() {
    this.refreshButton.disabled = true;
    try {
      const body = await getJson(urls.securityEvents(LIMIT, this.failuresOnly.checked));
      this.events = Array.isArray(body && body.events) ? body.events : [];
    } catch (err) {
      showError(err);
      this.events = this.events || [];
    } finally {
      this.refreshButton.disabled = false;
    }
    this.render();
  }

  render() {
    const headers = COLUMNS.map((k) => t(k));
    this.head.replaceChildren(el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h }))));
    const note = (key) => [el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'table-note', text: t(key) }))];
    if (!this.events || !this.events.length) {
      this.body.replaceChildren(...note(this.events ? 'events.none' : 'common.loading'));
      return;
    }
    this.body.replaceChildren(...this.events.map((e) => {
      const outcome = String(e.outcome || '');
      const cells = [
        formatDateTime(e.at),
        e.username || '—',
        e.client || '—',
        el('code', { text: e.route || '—' }),
        el('span', { class: `tag ${isBadOutcome(outcome) ? 'tag-bad' : 'tag-ok'}`, text: t(`outcome.${outcome}`, { fallback: outcome }) }),
        e.detail || null,
      ];
      return el('tr', { dataset: { outcome } }, cells.map((c, i) => el('td', { dataset: { label: headers[i] } }, c)));
    }));
  }
}
