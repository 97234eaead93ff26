// The map's hazard-density layer (「隐患分布」): a toggle above the zoom buttons that
// colours the streets (below COMMUNITY_ZOOM) or the communities (from it on) by their number
// of hazard buildings — a preliminary judgement of serious or some hazard — from
// GET /api/stats?groupBy=street|community&judgement=serious,some, with a legend of the classes.
// Drawn on its own canvas below the unit outlines and the buildings, never catching clicks.

import { control, geoJSON, canvas, DomEvent } from '../../shared/map/leaflet.js';
import { el, swatch } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';
import { getJson } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { COMMUNITY_ZOOM } from '../../shared/map/units.js';
import { classBreaks, classOf, countsByUnit } from './choropleth-classes.js';
import { showError } from '../../shared/notify.js';

/** Judgement codes that are hazards (Judgement.isHazard: all but none). */
export const HAZARD_JUDGEMENTS = 'serious,some';
// Lighter over communities: the buildings, drawn in the same reds from that zoom on, stay readable.
const FILL_OPACITY = { street: 0.5, community: 0.3 };

function styleOf(colour, level) {
  return { stroke: false, fillColor: colour, fillOpacity: FILL_OPACITY[level], interactive: false };
}

class Choropleth {
  constructor(map) {
    this.map = map;
    this.on = false;
    this.level = null;
    this.layer = null;
    this.cache = {}; // level → Promise of {units, counts, classes}
    map.createPane('choropleth'); // .leaflet-choropleth-pane, below the unit outlines (choropleth.css)
    this.renderer = canvas({ pane: 'choropleth', padding: 0.2 });
    this.button = el('button', { type: 'button', class: 'button choropleth-toggle', 'aria-pressed': 'false', onclick: () => this.toggle() });
    this.legend = el('div', { class: 'choropleth-legend', 'aria-live': 'polite', hidden: true });
    this.box = el('div', { class: 'choropleth', dataset: { state: 'off' } }, this.button, this.legend);
    DomEvent.disableClickPropagation(this.box);
    DomEvent.disableScrollPropagation(this.box);
    const ctl = control({ position: 'bottomright' });
    ctl.onAdd = () => this.box;
    ctl.addTo(map);
    map.on('zoomend', () => this.on && this.show());
    onLanguageChange(() => this.render());
    this.render();
  }

  toggle() {
    this.on = !this.on;
    if (this.on) {
      this.show();
    } else {
      this.clear();
      this.box.dataset.state = 'off';
    }
    this.render();
  }

  clear() {
    if (this.layer) this.layer.remove();
    this.layer = null;
    this.level = null;
  }

  /** Boundaries and hazard counts of a level, fetched once. */
  load(level) {
    if (!this.cache[level]) {
      const query = `groupBy=${level}&judgement=${HAZARD_JUDGEMENTS}`;
      this.cache[level] = Promise.all([getJson(urls.adminUnits(level)), getJson(urls.stats(query))]).then(([units, stats]) => {
        const features = (units && units.features) || [];
        const counts = countsByUnit(stats, level, features.map((f) => String(f.properties.code)));
        return { units, counts, classes: classBreaks(Object.values(counts)) };
      });
      this.cache[level].catch(() => delete this.cache[level]); // a failure is retried next time
    }
    return this.cache[level];
  }

  async show() {
    const level = this.map.getZoom() >= COMMUNITY_ZOOM ? 'community' : 'street';
    if (level === this.level && this.layer) return;
    this.level = level;
    this.box.dataset.state = 'loading';
    this.render();
    try {
      const data = await this.load(level);
      if (!this.on || this.level !== level) return; // switched off or zoomed meanwhile
      if (this.layer) this.layer.remove();
      this.data = data;
      this.layer = geoJSON(data.units, {
        renderer: this.renderer,
        pane: 'choropleth',
        interactive: false,
        style: (f) => styleOf((classOf(data.counts[String(f.properties.code)], data.classes) || {}).colour, level),
      }).addTo(this.map);
      this.box.dataset.state = 'ready';
      this.box.dataset.level = level;
      this.render();
    } catch (err) {
      this.level = null;
      this.box.dataset.state = 'failed';
      showError(err);
    }
  }

  render() {
    this.button.textContent = t('choropleth.toggle');
    this.button.title = t('choropleth.toggleTitle');
    this.button.setAttribute('aria-pressed', String(this.on));
    this.button.classList.toggle('button-primary', this.on);
    const ready = this.on && this.box.dataset.state === 'ready' && this.data;
    this.legend.hidden = !this.on;
    if (!this.on) return;
    if (!ready) {
      this.legend.replaceChildren(el('p', { class: 'choropleth-note', text: t('choropleth.loading') }));
      return;
    }
    const level = this.box.dataset.level;
    this.legend.replaceChildren(
      el('p', { class: 'choropleth-title', text: t(`choropleth.legend.${level}`) }),
      el('ul', { class: 'choropleth-classes' }, this.data.classes.map((c) => el('li', {
        class: 'choropleth-class', dataset: { min: c.min, max: c.max, colour: c.colour },
      },
      swatch({ ...styleOf(c.colour, level), color: '#757575', weight: 1 }, 18),
      el('span', { text: t(c.min === c.max ? 'choropleth.classOne' : 'choropleth.class', { min: c.min, max: c.max }) }),
      el('span', { class: 'choropleth-units', text: t(`choropleth.units.${level}`, { n: c.units }) })))),
      el('p', { class: 'choropleth-note', text: t('choropleth.legend.note') }));
  }
}

/** Adds the hazard-density toggle and layer to map (off until the user turns it on). */
export function initChoropleth(map) {
  return new Choropleth(map);
}
