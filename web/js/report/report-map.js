// The small map of the report page on which an area is drawn (→ within=<GeoJSON Polygon>): the
// basemap and the street and community outlines for orientation, the corners drawn with the
// map page's CornerDrawer. Created the first time it is shown.

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { createMap } from '../shared/map/map.js';
import { initBasemap } from '../shared/map/basemap.js';
import { loadAdminUnits } from '../shared/map/units.js';
import { CornerDrawer } from '../shared/map/footprint-draw.js';
import { ringIssue, geometryOf } from '../shared/map/footprint.js';
import { showError } from '../shared/notify.js';

export class ReportMap {
  /** config: the normalised /api/config (initial view, basemap). */
  constructor(config) {
    this.config = config;
    this.map = null;
    this.drawer = null;
    this.corners = [];
    this.count = byId('draw-count');
    byId('draw-start').addEventListener('click', () => this.start());
    byId('draw-undo').addEventListener('click', () => this.drawer && this.drawer.undo());
    byId('draw-clear').addEventListener('click', () => this.clear());
    onLanguageChange(() => this.renderCount());
    this.renderCount();
  }

  /** Makes the map (once) and fits it to its box, which was hidden until now. */
  show() {
    if (!this.map) {
      const v = this.config.initialView;
      // createMap keeps the view in the URL hash, as on the map page; the report has no other use for it.
      const { map, unitsRenderer } = createMap(byId('report-map'), { lon: v.lon, lat: v.lat, zoom: v.zoom });
      this.map = map;
      initBasemap(map, this.config);
      loadAdminUnits(map, unitsRenderer, showError);
      this.drawer = new CornerDrawer(map);
    }
    this.map.invalidateSize();
  }

  start() {
    this.show();
    this.drawer.start((corners) => {
      this.corners = corners.slice();
      this.renderCount();
    });
    this.corners = [];
    this.renderCount();
  }

  clear() {
    if (this.drawer) this.drawer.stop();
    this.corners = [];
    this.renderCount();
  }

  renderCount() {
    this.count.replaceChildren(el('span', { text: t('report.draw.count', { n: this.corners.length }) }));
    byId('draw-undo').disabled = this.corners.length === 0;
  }

  /** The i18n key of what keeps the drawing from being an area, or null. */
  issue() {
    if (this.corners.length < 3) return 'report.issue.drawn';
    return ringIssue(this.corners) ? 'report.issue.selfIntersects' : null;
  }

  /** The drawn area as GeoJSON Polygon text (the API's within), or '' when there is none. */
  within() {
    return this.issue() ? '' : JSON.stringify(geometryOf([[this.corners]]));
  }
}
