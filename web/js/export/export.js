// Entry point of the export page (/export.html): filter (shared form), area (street, community
// or a drawn polygon), format and coordinate system; the count before downloading; a download
// in the page with progress and cancel, or the direct link for very large exports.

import { byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { normalizeConfig } from '../shared/config.js';
import { initialView, parseViewHash } from '../shared/map/view.js';
import { showError } from '../shared/notify.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav } from '../shared/page-nav.js';
import { FilterForm, loadUnits } from '../shared/filter-form.js';
import { ExportArea } from './export-area.js';
import { CRSES, offeredCrses, readExportState, exportSearch, downloadUrl, expectedCount, streamInPage, isLedgerFormat } from './export-options.js';
import { STREAM_LIMIT, featureCounter, formatBytes } from './export-stream.js';
import { streamDownload, saveBlob } from './export-download.js';
import { ExportCount } from './export-count.js';
import { registerWorker } from '../shared/offline/register.js';

let state = readExportState(location.search);
let form = null;
let area = null;
let counts = null;
let download = null; // the AbortController of the download running
const number = (n) => Number(n).toLocaleString('en-US');

function setMessage(id, text, detail = '') {
  const node = byId(id);
  node.hidden = !text;
  node.textContent = text;
  if (detail) node.append(document.createElement('br'), detail);
}

/** Controls, links and messages that follow the state and the counts. */
function render() {
  for (const input of document.querySelectorAll('input[name="format"]')) input.checked = input.value === state.format;
  const crs = byId('export-crs');
  const offered = offeredCrses(state.format);
  for (const option of crs.options) option.disabled = !offered.includes(option.value);
  crs.value = state.crs;
  crs.disabled = isLedgerFormat(state.format);
  byId('crs-note').hidden = !crs.disabled;
  byId('export-direct').href = downloadUrl(state);
  const expected = expectedCount(state.format, counts.value);
  const tooLarge = !streamInPage(expected ?? counts.value.buildings);
  byId('export-start').disabled = !!download || tooLarge;
  setMessage('export-too-large', tooLarge ? t('exportPage.tooLarge', { count: number(expected ?? counts.value.buildings), limit: number(STREAM_LIMIT) }) : '');
}

/** A new state: the URL follows (keeping the map view in the hash), the counts are asked again. */
function update(next) {
  state = next;
  history.replaceState(null, '', `${location.pathname}${exportSearch(state)}${location.hash}`);
  setMessage('export-done', '');
  counts.refresh(state.filter);
  render();
}

function progressText({ bytes, counted }, total) {
  const size = formatBytes(bytes);
  if (counted == null) return t('exportPage.progress', { bytes: size });
  return t('exportPage.progressFeatures', { bytes: size, counted: number(counted), total: total == null ? '?' : number(total) });
}

async function start() {
  const controller = new AbortController();
  download = controller;
  const total = expectedCount(state.format, counts.value);
  const bar = byId('export-progress');
  bar.removeAttribute('value');
  if (total) bar.max = total;
  byId('export-progress-box').hidden = false;
  byId('export-cancel').hidden = false;
  setMessage('export-error', '');
  setMessage('export-done', '');
  render();
  let last = { bytes: 0, counted: null };
  try {
    const { blob, filename } = await streamDownload(downloadUrl(state), {
      signal: controller.signal,
      counter: featureCounter(state.format),
      fallbackName: `export.${state.format}`,
      onProgress: (p) => {
        last = p;
        if (p.counted != null && total) bar.value = Math.min(p.counted, total);
        byId('export-progress-text').textContent = progressText(p, total);
      },
    });
    saveBlob(blob, filename);
    const params = { name: filename, bytes: formatBytes(blob.size), counted: number(last.counted ?? 0) };
    setMessage('export-done', t(last.counted == null ? 'exportPage.done' : 'exportPage.doneFeatures', params));
    byId('export-done').dataset.counted = last.counted == null ? '' : String(last.counted);
  } catch (err) {
    if (isAbort(err)) setMessage('export-done', t('exportPage.cancelled'));
    else setMessage('export-error', err.userMessage ? err.userMessage() : String(err), err.detail || '');
  } finally {
    download = null;
    byId('export-progress-box').hidden = true;
    byId('export-cancel').hidden = true;
    render();
  }
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const user = await requireUser();
  initUserBar(user);
  renderPageNav(byId('page-nav'), user, 'export');
  counts = new ExportCount({ onChange: render });
  form = new FilterForm(byId('filter-form'), {
    onChange: (filter) => update({ ...state, filter: { ...filter, within: state.filter.within } }),
  });
  form.set(state.filter);
  loadUnits().then((units) => form.setUnits(units), showError);
  const crs = byId('export-crs');
  const fillCrs = () => {
    crs.replaceChildren(...CRSES.map((c) => new Option(t(`exportPage.crs.${c}`), c)));
    crs.value = state.crs;
  };
  fillCrs();
  onLanguageChange(() => {
    fillCrs();
    counts.render();
  });
  crs.addEventListener('change', () => update({ ...state, crs: crs.value }));
  for (const input of document.querySelectorAll('input[name="format"]')) {
    input.addEventListener('change', () => {
      const keep = offeredCrses(input.value).includes(state.crs);
      update({ ...state, format: input.value, crs: keep ? state.crs : CRSES[0] });
    });
  }
  byId('export-start').addEventListener('click', start);
  byId('export-cancel').addEventListener('click', () => download && download.abort());
  const config = normalizeConfig(await getJson(urls.config()).catch(() => null));
  area = new ExportArea(config, initialView(parseViewHash(location.hash), config.initialView), {
    onChange: (within) => {
      const filter = { ...state.filter, within };
      form.set(filter);
      update({ ...state, filter });
    },
  });
  if (state.filter.within) area.show(state.filter.within);
  counts.refresh(state.filter);
  render();
  document.body.dataset.ready = 'true';
}

registerWorker();
main().catch(showError);
