// The export page's count before downloading: numberMatched of GET /api/buildings for the
// filter (limit=1), and numberMatched of GET /api/ledger (the rows of an Excel or CSV ledger).

import { byId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { countQuery } from '../shared/filter-params.js';

function matched(answer) {
  const n = answer && Number(answer.numberMatched);
  return Number.isFinite(n) ? n : null;
}

export class ExportCount {
  /** onChange() after every answer. */
  constructor({ onChange }) {
    this.onChange = onChange;
    this.value = { buildings: null, ledger: null };
    this.error = null;
    this.loading = false;
    this.controller = null;
  }

  async refresh(filter) {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.loading = true;
    this.error = null;
    this.value = { buildings: null, ledger: null };
    this.render();
    const query = countQuery(filter);
    const [buildings, ledger] = await Promise.allSettled([
      getJson(urls.buildings(query), { signal }),
      getJson(urls.ledger(query), { signal }),
    ]);
    if (this.controller !== controller) return;
    this.controller = null;
    this.loading = false;
    this.value = {
      buildings: buildings.status === 'fulfilled' ? matched(buildings.value) : null,
      ledger: ledger.status === 'fulfilled' ? matched(ledger.value) : null,
    };
    const failed = [buildings, ledger].find((r) => r.status === 'rejected' && !isAbort(r.reason));
    this.error = failed ? failed.reason : null;
    this.render();
    this.onChange();
  }

  render() {
    const total = byId('export-count');
    const ledger = byId('export-ledger-count');
    const { buildings, ledger: rows } = this.value;
    total.dataset.count = buildings == null ? '' : String(buildings);
    ledger.dataset.count = rows == null ? '' : String(rows);
    if (this.loading) {
      total.textContent = t('exportPage.count.loading');
      ledger.textContent = '';
    } else if (this.error) {
      const e = this.error;
      total.textContent = [e.userMessage ? e.userMessage() : String(e), e.detail].filter(Boolean).join('：');
      ledger.textContent = '';
    } else {
      total.textContent = t('exportPage.count.buildings', { count: buildings == null ? '—' : buildings.toLocaleString('en-US') });
      ledger.textContent = t('exportPage.count.ledger', { count: rows == null ? '—' : rows.toLocaleString('en-US') });
    }
    total.classList.toggle('is-error', !!this.error);
  }
}
