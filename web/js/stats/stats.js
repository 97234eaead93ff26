// The statistics dashboard: totals, buildings per street or community by judgement and by grade
// (a click on a bar opens the ledger filtered by it), the progress over time and the
// rectification funnel. Everything is inside the user's streets (the API applies the scope).

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { renderPageNav, mayUseLedger } from '../shared/page-nav.js';
import { showError } from '../shared/notify.js';
import { formatNumber } from '../shared/format.js';
import { formatShare, approxAreaText } from '../shared/report-text.js';
import { Chart } from './chart.js';
import { barChart, progressChart, funnelStages, funnelChart, linksToLedger } from './stats-charts.js';
import { totals, ledgerHref, barHref } from './stats-totals.js';
import { registerWorker } from '../shared/offline/register.js';

const BAR_FIELDS = ['judgement', 'grade'];

/** How tall a bar chart is for its number of categories (stats.css). */
function rowsClass(count) {
  if (count <= 4) return 'few';
  return count <= 10 ? 'some' : 'many';
}

function radios(name) {
  return [...document.querySelectorAll(`input[name="${name}"]`)];
}

class Dashboard {
  constructor(me) {
    this.clickable = mayUseLedger(me.role);
    // A street office sees one street: its communities say more than one bar.
    this.unit = me.scope.length === 1 ? 'community' : 'street';
    this.interval = 'month';
    this.cumulative = true;
    this.data = {};
    this.asked = {}; // part → the request whose answer is wanted (a newer one wins)
    this.bars = {};
    this.charts = {
      judgement: new Chart(byId('chart-judgement'), this.clickable ? (p) => this.openBar('judgement', p) : null),
      grade: new Chart(byId('chart-grade'), this.clickable ? (p) => this.openBar('grade', p) : null),
      progress: new Chart(byId('chart-progress')),
      funnel: new Chart(byId('chart-funnel')),
    };
    document.querySelectorAll('.stats-click-hint').forEach((p) => {
      p.hidden = !this.clickable;
    });
    this.wire();
    onLanguageChange(() => this.render());
  }

  wire() {
    const set = (name, value) => radios(name).forEach((r) => {
      r.checked = r.value === value;
    });
    set('unit', this.unit);
    set('interval', this.interval);
    const cumulative = byId('stats-cumulative');
    cumulative.checked = this.cumulative;
    radios('unit').forEach((r) => r.addEventListener('change', () => {
      this.unit = r.value;
      this.load(['judgement', 'grade']);
    }));
    radios('interval').forEach((r) => r.addEventListener('change', () => {
      this.interval = r.value;
      this.load(['progress']);
    }));
    cumulative.addEventListener('change', () => {
      this.cumulative = cumulative.checked;
      this.render();
    });
  }

  request(part) {
    switch (part) {
      case 'summary': return getJson(urls.statsSummary('street'));
      case 'overdue': return getJson(urls.stats('overdue=true')).then((a) => a.total.buildings);
      case 'progress': return getJson(urls.statsProgress(`interval=${this.interval}`));
      default: return getJson(urls.stats(`groupBy=${this.unit},${part}`));
    }
  }

  /** Fetches the parts named (all by default) and draws everything again. */
  async load(parts = ['summary', 'overdue', 'progress', ...BAR_FIELDS]) {
    document.body.dataset.stats = 'loading';
    byId('stats-loading').hidden = false;
    try {
      const requests = parts.map((p) => {
        this.asked[p] = this.request(p);
        return this.asked[p];
      });
      const answers = await Promise.all(requests);
      parts.forEach((p, i) => {
        if (this.asked[p] === requests[i]) this.data[p] = answers[i];
      });
      this.render();
      document.body.dataset.stats = 'ready';
    } catch (err) {
      document.body.dataset.stats = 'failed';
      showError(err);
    } finally {
      byId('stats-loading').hidden = true;
    }
  }

  render() {
    const d = this.data;
    if (!d.summary) return;
    this.renderTotals(totals(d.summary, d.overdue, d.progress && d.progress.total));
    for (const field of BAR_FIELDS) {
      const bar = barChart(d[field], { unit: this.unit, field, clickable: this.clickable });
      this.bars[field] = bar;
      byId(`chart-${field}`).dataset.rows = rowsClass(bar.units.length);
      this.draw(field, bar);
    }
    this.draw('progress', progressChart(d.progress, { interval: this.interval, cumulative: this.cumulative }));
    this.draw('funnel', funnelChart(funnelStages(d.progress && d.progress.total)));
  }

  draw(key, { title, option }) {
    byId(`chart-${key}-title`).textContent = title;
    this.charts[key].show(option);
  }

  renderTotals(list) {
    byId('stats-totals').replaceChildren(...list.map((item) => {
      const details = [];
      if (item.share != null) details.push(t('stats.total.share', { share: formatShare(item.share) }));
      if (item.area) details.push(t('stats.total.area', { area: approxAreaText(item.area) }));
      const link = this.clickable && item.filter && item.value
        ? el('a', { class: 'stats-total-link', href: ledgerHref(item.filter), text: t('stats.total.link') }) : null;
      return el('div', { class: 'stats-total', dataset: { total: item.id } },
        el('dt', { class: 'stats-total-label', text: t(`stats.total.${item.id}`) }),
        el('dd', { class: 'stats-total-value' },
          el('span', { class: 'stats-total-number', text: formatNumber(item.value, 0) }),
          el('span', { class: 'stats-total-unit', text: t('stats.total.unit') })),
        details.length ? el('dd', { class: 'stats-total-detail', text: details.join(' · ') }) : null,
        link ? el('dd', { class: 'stats-total-detail' }, link) : null);
    }));
  }

  /** A click on a bar: the ledger of that unit and value. */
  openBar(field, params) {
    const bar = this.bars[field];
    const series = bar && bar.option.series[params.seriesIndex];
    const unit = bar && bar.units[params.dataIndex];
    if (!series || !unit || !linksToLedger(series.id)) return;
    location.assign(barHref(this.unit, unit.code, field, series.id.split(':')[1]));
  }

  /** For browser tests, which click where these say, like a user. */
  hooks() {
    return Object.freeze({
      barPoint: (chart, seriesId, dataIndex) => this.charts[chart].barPoint(seriesId, dataIndex),
      // What a click on a bar too narrow to hit with the mouse does.
      clickBar: (chart, seriesId, dataIndex) => this.openBar(chart, {
        seriesIndex: this.bars[chart].option.series.findIndex((s) => s.id === seriesId), dataIndex,
      }),
      units: (chart) => (this.bars[chart] ? this.bars[chart].units.map((u) => ({ ...u })) : []),
    });
  }
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const me = await requireUser();
  initUserBar(me);
  renderPageNav(byId('page-nav'), me, 'stats');
  const dashboard = new Dashboard(me);
  window.houseSafeStats = dashboard.hooks();
  await dashboard.load();
}

registerWorker();
main().catch(showError);
