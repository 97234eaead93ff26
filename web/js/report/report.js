// The report page: choose an area and a period, get the key figures of GET /api/stats/report as
// the sentences of a campaign report and as a table, copy the sentences. The choice is kept in
// the page URL (?street=…&from=…&to=…), so a report can be linked to and reloaded.

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav } from '../shared/page-nav.js';
import { showError, showInfo } from '../shared/notify.js';
import { normalizeConfig } from '../shared/config.js';
import { todayIn } from '../shared/format.js';
import { filterQuery } from '../shared/filter-params.js';
import { FormFeedback } from '../shared/forms.js';
import { AreaChooser } from './report-area.js';
import { PRESETS, DEFAULT_PRESET, presetRange, presetOf, periodIssue, isDate } from './report-period.js';
import { reportSentences, reportRows, reportText, reportParagraph, periodPhrase } from '../shared/report-text.js';
import { copyText } from './report-copy.js';
import { registerWorker } from '../shared/offline/register.js';

class ReportPage {
  constructor(me, config) {
    this.today = todayIn();
    this.form = byId('report-form');
    this.preset = byId('report-preset');
    this.from = byId('report-from');
    this.to = byId('report-to');
    this.submit = byId('report-submit');
    this.result = byId('report-result');
    this.shown = null; // {report, area} on screen
    this.controller = null;
    this.area = new AreaChooser(me, config);
    this.feedback = new FormFeedback(byId('report-message'), {
      street: byId('report-street'), community: byId('report-community'), within: byId('draw-box'),
      from: this.from, to: this.to,
    });
    this.fillPresets();
    this.preset.addEventListener('change', () => this.applyPreset());
    [this.from, this.to].forEach((input) => input.addEventListener('change', () => {
      this.preset.value = presetOf(this.from.value, this.to.value, this.today);
    }));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    byId('report-copy').addEventListener('click', () => this.copy());
    onLanguageChange(() => {
      this.fillPresets();
      this.render();
    });
  }

  fillPresets() {
    const value = this.preset.value || DEFAULT_PRESET;
    this.preset.replaceChildren(...PRESETS.map((p) => el('option', { value: p, text: t(`report.period.${p}`) })));
    this.preset.value = value;
  }

  applyPreset() {
    const range = presetRange(this.preset.value, this.today);
    if (!range) return; // custom: the dates stay as typed
    this.from.value = range.from;
    this.to.value = range.to;
  }

  /** Area and period from the page URL; the last 3 months of the whole zone by default. */
  async start(params) {
    await this.area.load(params);
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    if (isDate(to) && (!from || isDate(from))) {
      this.from.value = from;
      this.to.value = to;
      this.preset.value = presetOf(from, to, this.today);
    } else {
      this.preset.value = DEFAULT_PRESET;
      this.applyPreset();
    }
    await this.run();
  }

  async run() {
    const issues = [...this.area.issues()];
    const period = periodIssue(this.from.value, this.to.value);
    if (period) issues.push({ field: this.from.value && !isDate(this.from.value) ? 'from' : 'to', key: period });
    if (issues.length) {
      this.feedback.invalid(issues);
      return;
    }
    this.feedback.clear();
    const area = this.area.current();
    const query = filterQuery({ street: area.street, community: area.community, within: area.within, from: this.from.value, to: this.to.value });
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.setBusy(true);
    try {
      const report = await getJson(urls.statsReport(query), { signal: controller.signal });
      this.shown = { report, area };
      this.render();
      this.remember(area);
    } catch (err) {
      if (!isAbort(err)) this.feedback.failed(err);
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.setBusy(false);
      }
    }
  }

  setBusy(busy) {
    this.submit.disabled = busy;
    this.form.toggleAttribute('aria-busy', busy);
    byId('report-loading').hidden = !busy;
    document.body.dataset.report = busy ? 'loading' : (this.shown ? 'ready' : '');
  }

  /** The report's area and period in the page URL (a drawn area is not: it is too long to link). */
  remember(area) {
    const query = filterQuery({ street: area.street, community: area.community, from: this.from.value, to: this.to.value });
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  heading() {
    const { report, area } = this.shown;
    return t('report.result.title', { area: this.area.nameOf(area), period: periodPhrase(report.from, report.to) });
  }

  sentences() {
    const { report, area } = this.shown;
    return reportSentences(report, this.area.nameOf(area));
  }

  render() {
    if (!this.shown) return;
    byId('report-title').textContent = this.heading();
    byId('report-text').textContent = reportParagraph(this.sentences());
    const rows = reportRows(this.shown.report);
    byId('report-table').replaceChildren(
      el('caption', { class: 'visually-hidden', text: t('report.table.title') }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('report.table.item') }), el('th', { scope: 'col', text: t('report.table.value') }))),
      el('tbody', {}, rows.map((r) => el('tr', { class: r.sub ? 'report-row-sub' : null },
        el('th', { scope: 'row', text: r.label }), el('td', { text: r.value })))));
    this.result.hidden = false;
  }

  async copy() {
    if (!this.shown) return;
    const outcome = await copyText(reportText(this.heading(), this.sentences()), byId('report-text'));
    byId('report-copy').dataset.outcome = outcome;
    showInfo(outcome === 'copied' ? 'report.copied' : 'report.copyManual');
  }
}

async function loadConfig() {
  try {
    return normalizeConfig(await getJson(urls.config()));
  } catch {
    return normalizeConfig(null); // the report works without it: the drawing map starts at the default view
  }
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const me = await requireUser();
  initUserBar(me);
  renderPageNav(byId('page-nav'), me, 'report');
  const page = new ReportPage(me, await loadConfig());
  await page.start(new URLSearchParams(location.search));
}

registerWorker();
main().catch(showError);
