// Buildings of the current view: fetched page by page on every move (GET /api/buildings with
// bbox and the user's filters), drawn on the canvas, coloured by style.js. A newer view aborts
// the older request; below MIN_ZOOM nothing is loaded and a hint is shown instead (the vector
// tiles of live.js draw the buildings there). Each finished load fires 'buildingsload' on the map.

import { geoJSON } from '../shared/map/leaflet.js';
import { getJson, isAbort } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { buildingsQuery, nextHref, nextPageLimit, withLimit } from './query.js';
import { buildingStyle } from './tiles/style.js';
import { isOverdue, todayIn } from '../shared/format.js';
import { FINISHED_STATUSES } from '../shared/schema.js';
import { setLoading, setNotice, showError } from '../shared/notify.js';
import { FOOTPRINT_ZOOM } from '../shared/map/view.js';

// From here on a view of the densest part of a 1,000,000-building city loads in well under a
// second (BENCHMARKS.md, "Map rendering"): 6,454 footprints match it at zoom 17, 178,358 at 14.
export const MIN_ZOOM = FOOTPRINT_ZOOM;
export const PAGE_LIMIT = 1000;
export const FEATURE_CAP = 5000;

function setLoaded(count) {
  if (count == null) delete document.body.dataset.buildingsLoaded;
  else document.body.dataset.buildingsLoaded = String(count);
}

export class BuildingLayer {
  /**
   * map: the Leaflet map; renderer: its buildings canvas; getFilter(): the current filters
   * for buildingsQuery; onClick(id): a building was clicked.
   */
  constructor(map, renderer, { getFilter, onClick }) {
    this.map = map;
    this.getFilter = getFilter;
    this.selectedId = null;
    this.byId = new Map();
    this.hidden = new Map(); // id → its latest Feature, while hidden
    this.controller = null;
    this.today = todayIn();
    this.layer = geoJSON(null, {
      renderer,
      style: (feature) => this.styleOf(feature),
      filter: (feature) => !this.hidden.has(String(feature.id)),
      onEachFeature: (feature, layer) => {
        if (feature.id != null) this.byId.set(String(feature.id), layer);
      },
    }).addTo(map);
    this.layer.on('click', (e) => {
      const id = e.layer && e.layer.feature && e.layer.feature.id;
      if (id != null) onClick(String(id));
    });
    map.on('moveend', () => this.reload());
  }

  styleOf(feature) {
    const p = feature.properties || {};
    return buildingStyle(p, {
      overdue: isOverdue(p.deadline, p.status, this.today, FINISHED_STATUSES),
      selected: this.selectedId != null && String(feature.id) === this.selectedId,
    });
  }

  /** Highlights one building (or none) without reloading. */
  select(id) {
    const previous = this.selectedId;
    this.selectedId = id == null ? null : String(id);
    for (const key of [previous, this.selectedId]) {
      const layer = key && this.byId.get(key);
      if (layer) {
        layer.setStyle(this.styleOf(layer.feature));
        if (key === this.selectedId) layer.bringToFront();
      }
    }
  }

  /** The drawn layer of a building, if it is in view. */
  layerOf(id) {
    return this.byId.get(String(id)) || null;
  }

  /**
   * Draws feature anew (after a write: new status colour, moved footprint, or a new building)
   * without reloading the view. The full Feature of one building carries every summary property.
   * A hidden building is only remembered, and drawn when shown again.
   */
  upsert(feature) {
    if (!feature || feature.id == null) return;
    const id = String(feature.id);
    if (this.hidden.has(id)) {
      this.hidden.set(id, feature);
      return;
    }
    const old = this.byId.get(id);
    if (old) this.layer.removeLayer(old);
    this.byId.delete(id);
    this.layer.addData(feature);
    const layer = this.byId.get(id);
    if (layer && id === this.selectedId) layer.bringToFront();
  }

  /** Hides one building's drawing (while its footprint is edited), also across reloads, or shows it again. */
  setHidden(id, hidden) {
    const key = String(id);
    const layer = this.byId.get(key);
    if (hidden) {
      if (!this.hidden.has(key)) this.hidden.set(key, layer ? layer.feature : null);
      if (layer) this.layer.removeLayer(layer);
      this.byId.delete(key);
    } else if (this.hidden.has(key)) {
      const feature = this.hidden.get(key);
      this.hidden.delete(key);
      if (feature) this.upsert(feature);
    }
  }

  /** Takes one building off the map (it no longer matches the filters, or left the view's streets). */
  remove(id) {
    const layer = this.byId.get(String(id));
    if (layer) this.layer.removeLayer(layer);
    this.byId.delete(String(id));
  }

  clear() {
    this.layer.clearLayers();
    this.byId.clear();
  }

  /** Loads the buildings of the current view; aborts any load still running. */
  async reload() {
    if (this.controller) this.controller.abort();
    this.controller = null;
    setLoaded(null);
    if (this.map.getZoom() < MIN_ZOOM) {
      this.clear();
      setNotice('map.zoomHint');
      setLoaded(0);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.today = todayIn();
    const b = this.map.getBounds();
    const bbox = { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
    let href = urls.buildings(buildingsQuery(this.getFilter(), { bbox, limit: PAGE_LIMIT }));
    let drawn = 0;
    let matched = null;
    let more = false;
    setLoading(true);
    try {
      while (href) {
        const page = await getJson(href, { signal: controller.signal });
        if (drawn === 0) this.clear(); // keep the old view on screen until the new one arrives
        const features = Array.isArray(page.features) ? page.features : [];
        this.layer.addData({ type: 'FeatureCollection', features });
        drawn += features.length;
        if (Number.isFinite(page.numberMatched)) matched = page.numberMatched;
        const next = nextHref(page);
        const limit = nextPageLimit(drawn, FEATURE_CAP, PAGE_LIMIT);
        more = !!next && limit === 0;
        href = next && limit > 0 ? withLimit(next, limit) : null;
      }
      if (drawn === 0) this.clear();
      if (more || (matched != null && matched > drawn)) {
        setNotice('map.capped', { shown: drawn, total: matched != null ? matched : `${drawn}+` });
      } else {
        setNotice(drawn === 0 ? 'map.empty' : null);
      }
      setLoaded(drawn);
      document.body.dataset.buildingsMatched = String(matched != null ? matched : drawn);
      this.map.fire('buildingsload', { drawn, capped: more || (matched != null && matched > drawn) });
    } catch (err) {
      if (isAbort(err)) return;
      setNotice(null);
      setLoaded(drawn);
      showError(err);
    } finally {
      setLoading(false);
      if (this.controller === controller) this.controller = null;
    }
  }
}
