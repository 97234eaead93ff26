// Footprints on the map: drawing a new building (「新建房屋」, then its form) and moving the
// corners of an existing one (PATCH geometry through the outbox, conditional and idempotent
// like every write).
//
// Why our own small tools and not Leaflet.draw 1.0.x: it is a UMD script that needs a global L,
// while the app loads Leaflet as an ES module under a CSP without inline script, so it would
// mean a second copy of Leaflet or loading Leaflet differently; it has been unmaintained since
// 2018, its touch handling has known breakage with Leaflet 1.8+ (whose tap handler it relied
// on) and its toolbar is small icons with English strings. What we need is a few dozen lines
// on plain markers, which Leaflet drags by mouse and touch alike, with finger-sized handles
// and our own Chinese-first buttons.

import { byId } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { latLngBounds } from '../../shared/map/leaflet.js';
import { geometryBounds } from '../../shared/map/geo.js';
import { exchange } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { showError, showInfo } from '../../shared/notify.js';
import { ringsOf, geometryOf, ringIssue, ringsIssue } from '../../shared/map/footprint.js';
import { CornerEditor } from './footprint-editor.js';
import { CornerDrawer } from '../../shared/map/footprint-draw.js';
import { MapBar } from '../map-bar.js';
import { CreateForm } from './create-building.js';
import { etagOf } from '../outbox/transport.js';
import { submitThrough } from '../outbox/start.js';
import { freeArea, panInto } from '../visible-area.js';

/** Roles that may create buildings (Role.FIELD_WORK). */
export const CREATORS = ['inspector', 'street_office', 'district'];

/** The diagonal in pixels below which a footprint is zoomed in on for editing. */
const MIN_PIXELS = 160;

export class FootprintTools {
  /**
   * buildings: the BuildingLayer; panel: the Panel; openBuilding(id): open a building's panel;
   * outbox: where the writes go.
   */
  constructor({ map, buildings, panel, openBuilding, role, outbox }) {
    this.outbox = outbox;
    this.map = map;
    this.buildings = buildings;
    this.panel = panel;
    this.openBuilding = openBuilding;
    this.bar = new MapBar();
    this.editor = new CornerEditor(map);
    this.drawer = new CornerDrawer(map);
    this.mode = null; // 'draw', 'create' or 'edit'
    this.create = new CreateForm({
      onCreated: (feature) => this.created(feature),
      onRedraw: () => this.startDrawing(),
      onCancel: () => this.end(),
      outbox,
    });
    const button = byId('new-building');
    button.hidden = !CREATORS.includes(role);
    button.addEventListener('click', () => this.startDrawing());
  }

  /** Whether a footprint is being drawn or edited (map clicks are not building picks then). */
  get active() {
    return this.mode !== null;
  }

  startDrawing() {
    this.end();
    this.panel.close();
    this.mode = 'draw';
    this.bar.show('footprint.drawHint', [
      { id: 'draw-undo', key: 'footprint.undo', onClick: () => this.drawer.undo() },
      { id: 'draw-finish', key: 'footprint.finish', primary: true, onClick: () => this.finishDrawing() },
      { id: 'draw-cancel', key: 'footprint.cancel', onClick: () => this.end() },
    ]);
    this.bar.setEnabled('draw-finish', false);
    this.drawer.start((corners) => {
      this.bar.setEnabled('draw-finish', corners.length >= 3);
      this.bar.message(null);
    });
  }

  finishDrawing() {
    const corners = this.drawer.corners || [];
    const issue = ringIssue(corners);
    if (issue) {
      this.bar.message({ key: issue });
      return;
    }
    this.drawer.stop();
    this.bar.hide();
    this.mode = 'create';
    const rings = [[corners.slice()]];
    // The corners can still be moved while the form is filled in; the outline stays drawn.
    this.editor.start(rings, () => this.create.footprintChanged(rings[0][0]));
    this.create.open(() => geometryOf(rings), rings[0][0]);
    this.keepVisible(rings);
  }

  /** Pans the map so the outline lies in the part the create form does not cover. */
  keepVisible(rings) {
    const b = geometryBounds(geometryOf(rings));
    const sw = this.map.latLngToContainerPoint([b[1], b[0]]);
    const ne = this.map.latLngToContainerPoint([b[3], b[2]]);
    const box = { left: sw.x, top: ne.y, right: ne.x, bottom: sw.y };
    const free = freeArea(this.map.getContainer().getBoundingClientRect(), this.create.root.getBoundingClientRect());
    const [dx, dy] = panInto(box, free);
    if (dx || dy) this.map.panBy([dx, dy], { animate: false });
  }

  created(feature) {
    this.end();
    this.buildings.upsert(feature);
    showInfo('create.done');
    this.openBuilding(String(feature.id));
  }

  /** Starts moving the corners of feature (the panel's building). */
  editFootprint(feature) {
    const rings = ringsOf(feature && feature.geometry);
    if (!rings) return;
    this.end();
    this.mode = 'edit';
    this.editing = { id: String(feature.id), rings };
    this.buildings.setHidden(feature.id, true);
    this.showWhole(rings);
    this.bar.show('footprint.editHint', [
      { id: 'footprint-delete', key: 'footprint.deleteVertex', onClick: () => this.editor.deleteSelected() },
      { id: 'footprint-save', key: 'footprint.save', primary: true, onClick: () => this.saveFootprint() },
      { id: 'footprint-cancel', key: 'footprint.cancel', onClick: () => this.end() },
    ]);
    this.editor.start(rings, () => this.bar.message(null));
  }

  /**
   * Brings the whole footprint into view, large enough for finger-sized handles: when part of
   * it is off the map or it spans fewer than MIN_PIXELS, zoom to it (up to zoom 20).
   */
  showWhole(rings) {
    const b = geometryBounds(geometryOf(rings));
    const bounds = latLngBounds([b[1], b[0]], [b[3], b[2]]);
    const size = this.map.latLngToContainerPoint(bounds.getNorthEast())
      .distanceTo(this.map.latLngToContainerPoint(bounds.getSouthWest()));
    if (!this.map.getBounds().contains(bounds) || size < MIN_PIXELS) {
      this.map.fitBounds(bounds, { maxZoom: 20, padding: [60, 60], animate: false });
    }
  }

  async saveFootprint() {
    const e = this.editing;
    const issue = ringsIssue(e.rings);
    if (issue) {
      this.bar.message({ key: issue });
      return;
    }
    const state = this.panel.state;
    const feature = state && state.id === e.id ? state.feature : null;
    const props = (feature && feature.properties) || {};
    this.bar.setEnabled('footprint-save', false);
    try {
      const out = await submitThrough(this.outbox, {
        kind: 'footprint', buildingId: e.id, houseCode: props.houseCode || '', label: { key: 'action.editFootprint' },
        method: 'PATCH', url: urls.building(e.id), body: { geometry: geometryOf(e.rings) },
        contentType: 'application/merge-patch+json', ifMatch: feature ? state.etag : null, base: feature,
      });
      this.end();
      // The panel shows the new footprint when the outbox reports it sent (followSent).
      if (out.state === 'sent') showInfo('edit.footprintSaved');
      else showInfo('outbox.queued', { action: t('action.editFootprint') });
    } catch (err) {
      this.bar.setEnabled('footprint-save', true);
      if (err.status === 412) {
        this.bar.message({ key: 'conflict.title' }, { key: 'conflict.reload', onClick: () => this.reloadKeeping() });
      } else {
        this.bar.message({ text: [err.userMessage ? err.userMessage() : String(err), err.detail].filter(Boolean).join('：') });
      }
    }
  }

  /** After a conflict: the newest building in the panel (its ETag), the moved corners kept. */
  async reloadKeeping() {
    try {
      const res = await exchange('GET', urls.building(this.editing.id));
      this.panel.applyFeature(res.data, res.etag || etagOf(res.data));
      this.buildings.setHidden(this.editing.id, true);
      this.bar.message({ key: 'conflict.reloaded' });
    } catch (err) {
      showError(err);
    }
  }

  /** Stops whatever is going on and puts things back as they were. */
  end() {
    const id = this.editing && this.editing.id;
    this.mode = null;
    this.editing = null;
    this.drawer.stop();
    this.editor.stop();
    this.bar.hide();
    this.create.close();
    if (id) this.buildings.setHidden(id, false);
  }
}

