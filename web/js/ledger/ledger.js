// Entry point of the hazard ledger page (/ledger.html): the filter form, the counts, the table
// with sorting and paging, and the Excel and CSV export links, all of the view kept in the URL
// query (ledger-state.js) so that a link reproduces it.

import { byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { showError } from '../shared/notify.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav, mayUseLedger } from '../shared/page-nav.js';
import { FilterForm, loadUnits } from '../shared/filter-form.js';
import { ledgerQuery, ledgerExportQuery } from '../shared/filter-params.js';
import {
  PAGE_SIZE, readLedgerState, ledgerSearch, pageOffset, lastPage, toggleSort, withFilter, shownRange,
} from './ledger-state.js';
import { normalizeLedger } from './ledger-format.js';
import { renderTable, renderCounts } from './ledger-table.js';
import { registerWorker } from '../shared/offline/register.js';

let state = readLedgerState(location.search);
let data = null;
let controller = null;
let form = null;

/** What the status line shows: null, {kind: 'loading'|'empty'} or {kind: 'error', error}. */
let status = null;

/** Shows loading / empty / error (the message and the server's detail) in the current language. */
function renderStatus() {
  const box = byId('ledger-status');
  const err = status && status.error;
  const message = !status ? '' : err ? (err.userMessage ? err.userMessage() : String(err)) : t(`ledger.${status.kind}`);
  const detail = err && err.detail ? err.detail : '';
  box.hidden = !status;
  box.dataset.state = status ? status.kind : '';
  byId('ledger-status-text').textContent = message;
  byId('ledger-status-detail').textContent = detail;
  byId('ledger-status-detail').hidden = !detail;
  byId('ledger-spinner').hidden = !status || status.kind !== 'loading';
}

function setStatus(next) {
  status = next;
  renderStatus();
}

function renderPager() {
  const range = data ? shownRange(data.offset, data.rows.length, data.numberMatched) : null;
  byId('page-info').textContent = !range ? '' : range.total ? t('ledger.range', range) : t('ledger.rangeNone');
  byId('page-prev').disabled = !data || state.page <= 1;
  byId('page-next').disabled = !data || state.page >= lastPage(data.numberMatched);
}

function renderExports() {
  const query = ledgerExportQuery(state.filter, { sort: state.sort, order: state.order });
  byId('export-xlsx').href = urls.ledgerExport('xlsx', query);
  byId('export-csv').href = urls.ledgerExport('csv', query);
}

function render() {
  renderStatus();
  renderPager();
  renderExports();
  if (!data) return;
  byId('ledger-title').textContent = data.title;
  renderCounts(byId('ledger-counts'), data.counts);
  renderTable(byId('ledger-table'), data, { onSort: (key) => go(toggleSort(state, key)) });
}

async function load() {
  if (controller) controller.abort();
  const mine = new AbortController();
  controller = mine;
  byId('ledger-table').setAttribute('aria-busy', 'true');
  setStatus({ kind: 'loading' });
  const query = ledgerQuery(state.filter, {
    sort: state.sort, order: state.order, limit: PAGE_SIZE, offset: pageOffset(state.page),
  });
  try {
    const answer = normalizeLedger(await getJson(urls.ledger(query), { signal: mine.signal }));
    if (controller !== mine) return;
    // A link past the last page (rows closed out since): show the last page instead.
    if (!answer.rows.length && answer.numberMatched > 0 && state.page > 1) {
      go({ ...state, page: lastPage(answer.numberMatched) }, { replace: true });
      return;
    }
    data = answer;
    setStatus(data.rows.length ? null : { kind: 'empty' });
  } catch (err) {
    if (isAbort(err) || controller !== mine) return;
    data = null;
    byId('ledger-table').replaceChildren();
    byId('ledger-counts').replaceChildren();
    byId('ledger-title').textContent = '';
    setStatus({ kind: 'error', error: err });
    if (!err.userMessage) console.error(err);
  } finally {
    if (controller === mine) {
      controller = null;
      byId('ledger-table').removeAttribute('aria-busy');
    }
  }
  render();
  // Browser tests wait for this count to grow: one more answer (or failure) is on the page.
  document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
}

/** Moves to a new view: the URL follows (a history entry, or replaced), then the rows. */
function go(next, { replace = false } = {}) {
  state = next;
  const url = `${location.pathname}${ledgerSearch(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  form.set(state.filter);
  load();
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const user = await requireUser();
  initUserBar(user);
  renderPageNav(byId('page-nav'), user, 'ledger');
  if (!mayUseLedger(user.role)) {
    byId('ledger-denied').hidden = false;
    byId('ledger-main').hidden = true;
    document.body.dataset.ready = 'true';
    return;
  }
  form = new FilterForm(byId('filter-form'), { onChange: (filter) => go(withFilter(state, filter)), photoFlags: true });
  form.set(state.filter);
  loadUnits().then((units) => form.setUnits(units), showError);
  byId('page-prev').addEventListener('click', () => go({ ...state, page: Math.max(1, state.page - 1) }));
  byId('page-next').addEventListener('click', () => go({ ...state, page: state.page + 1 }));
  window.addEventListener('popstate', () => {
    state = readLedgerState(location.search);
    form.set(state.filter);
    load();
  });
  onLanguageChange(render);
  render();
  await load();
  document.body.dataset.ready = 'true';
}

registerWorker();
main().catch(showError);
