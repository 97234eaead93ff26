// The area of an export drawn on a small map: the streets and communities for orientation, a
// polygon drawn corner by corner with the footprint drawer (footprint-draw.js), kept as the
// filter's `within` (GeoJSON text).

import { byId } from '../shared/dom.js';
import { polygon, latLngBounds } from '../shared/map/leaflet.js';
import { createMap } from '../shared/map/map.js';
import { initBasemap } from '../shared/map/basemap.js';
import { loadAdminUnits } from '../shared/map/units.js';
import { CornerDrawer } from '../shared/map/footprint-draw.js';
import { ringIssue, ringsOf, geometryOf } from '../shared/map/footprint.js';
import { geometryBounds } from '../shared/map/geo.js';
import { t } from '../shared/i18n.js';
import { showError } from '../shared/notify.js';

const round = (n) => Math.round(n * 1e6) / 1e6;
const AREA_STYLE = { color: '#00838f', weight: 3, fillColor: '#00e5ff', fillOpacity: 0.15, interactive: false };

/** The first ring of a `within` value as open corners, or null when it is not a polygon. */
function cornersOf(within) {
  try {
    const rings = ringsOf(JSON.parse(within));
    return rings && rings[0] && rings[0][0] ? rings[0][0] : null;
  } catch {
    return null;
  }
}

export class ExportArea {
  /** onChange(within): a polygon was drawn ('{"type":"Polygon",…}') or cleared (''). */
  constructor(config, view, { onChange }) {
    this.onChange = onChange;
    const { map, unitsRenderer } = createMap(byId('export-map'), view);
    this.map = map;
    initBasemap(map, config);
    loadAdminUnits(map, unitsRenderer, showError);
    this.drawer = new CornerDrawer(map);
    this.shape = null;
    this.buttons = {
      draw: byId('area-draw'), finish: byId('area-finish'), undo: byId('area-undo'), clear: byId('area-clear'),
    };
    this.message = byId('area-message');
    this.buttons.draw.addEventListener('click', () => this.start());
    this.buttons.finish.addEventListener('click', () => this.finish());
    this.buttons.undo.addEventListener('click', () => this.drawer.undo());
    this.buttons.clear.addEventListener('click', () => {
      this.show('');
      this.onChange('');
    });
    this.setMode(false);
  }

  setMode(drawing) {
    this.drawing = drawing;
    this.buttons.draw.hidden = drawing;
    this.buttons.finish.hidden = !drawing;
    this.buttons.undo.hidden = !drawing;
    this.buttons.clear.hidden = drawing || !this.shape;
  }

  start() {
    this.show('');
    this.message.textContent = t('exportPage.area.hint');
    this.setMode(true);
    this.buttons.finish.disabled = true;
    this.drawer.start((corners) => {
      this.buttons.finish.disabled = corners.length < 3;
    });
  }

  finish() {
    const corners = (this.drawer.corners || []).map(([lon, lat]) => [round(lon), round(lat)]);
    const issue = ringIssue(corners);
    if (issue) {
      this.message.textContent = t(issue);
      return;
    }
    this.drawer.stop();
    const within = JSON.stringify(geometryOf([[corners]]));
    this.show(within);
    this.onChange(within);
  }

  /** Draws the area of a `within` value ('' for none) without telling onChange. */
  show(within) {
    if (this.drawing) this.drawer.stop();
    if (this.shape) this.shape.remove();
    this.shape = null;
    const corners = within ? cornersOf(within) : null;
    if (corners) {
      this.shape = polygon(corners.map(([lon, lat]) => [lat, lon]), AREA_STYLE).addTo(this.map);
      const b = geometryBounds(JSON.parse(within));
      this.map.fitBounds(latLngBounds([b[1], b[0]], [b[3], b[2]]), { padding: [20, 20], maxZoom: 17 });
    }
    this.message.textContent = corners ? t('exportPage.area.drawn') : '';
    this.setMode(false);
  }
}
