// The buildings as vector tiles (/tiles/buildings/{z}/{x}/{y}.mvt), where the GeoJSON footprints
// would be too many (below street zoom, or beyond their cap): a Leaflet GridLayer of canvases,
// each tile fetched, decoded (mvt.js) and drawn (tile-draw.js) in the status colours. Tiles are
// revalidated by ETag, so a refresh of an unchanged tile costs a 304. Each decode+draw is a
// performance measure named "housesafe:tile" (for the benchmark in BENCHMARKS.md).

import { GridLayer } from '../../shared/map/leaflet.js';
import { getResponse, isAbort } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { decodeTile } from './mvt.js';
import { drawBuildings } from './tile-draw.js';
import { tileTouched } from './tile-grid.js';
import { featureAt } from './tile-pick.js';

const LAYER = 'buildings';
const ERROR_QUIET_MS = 10000;
const MEASURE = 'housesafe:tile';
const MEASURES_KEPT = 2000;
const TAP_SLACK_PX = 4;

export const BuildingTiles = GridLayer.extend({
  options: {
    className: 'building-tiles',
    updateWhenZooming: false,
    keepBuffer: 1,
  },

  /**
   * options.getQuery(): the filter query string for tile URLs; options.onError(err): a tile
   * failed (called at most every 10 s); plus GridLayer options (pane).
   */
  initialize(options) {
    GridLayer.prototype.initialize.call(this, options);
    this.loading = new Map(); // key → AbortController of the fetch running for that tile
    this.decoded = new WeakMap(); // canvas → the layer drawn on it, for pick()
    this.lastError = 0;
    this.on('tileunload', (e) => this.abort(this._tileCoordsToKey(e.coords)));
  },

  createTile(coords, done) {
    const tile = document.createElement('canvas');
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    tile.width = Math.round(size.x * ratio);
    tile.height = Math.round(size.y * ratio);
    this.load(tile, coords).then(() => done(null, tile), (err) => done(err, tile));
    return tile;
  },

  abort(key) {
    const controller = this.loading.get(key);
    if (controller) controller.abort();
    this.loading.delete(key);
  },

  /** Fetches tile coords and draws it on canvas; the old drawing stays until the new one is ready. */
  async load(canvas, coords) {
    const key = this._tileCoordsToKey(coords);
    this.abort(key);
    const controller = new AbortController();
    this.loading.set(key, controller);
    try {
      const url = urls.buildingTile(coords.z, coords.x, coords.y, this.options.getQuery());
      const response = await getResponse(url, { signal: controller.signal });
      const bytes = await response.arrayBuffer();
      const start = performance.now();
      const layer = decodeTile(bytes)[LAYER];
      const ctx = canvas.getContext('2d');
      const ratio = canvas.width / this.getTileSize().x;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const drawn = drawBuildings(ctx, layer, this.getTileSize().x);
      this.measure(start, { z: coords.z, bytes: bytes.byteLength, features: drawn });
      canvas.dataset.features = String(drawn);
      canvas.dataset.z = String(coords.z);
      this.decoded.set(canvas, layer);
    } catch (err) {
      if (isAbort(err)) throw err;
      if (Date.now() - this.lastError > ERROR_QUIET_MS && this.options.onError) this.options.onError(err);
      this.lastError = Date.now();
      throw err;
    } finally {
      if (this.loading.get(key) === controller) this.loading.delete(key);
    }
  },

  /** Records a decode+draw as a performance measure; the oldest are dropped, so that a long session does not grow. */
  measure(start, detail) {
    this.measured = (this.measured || 0) + 1;
    if (this.measured % MEASURES_KEPT === 0) performance.clearMeasures(MEASURE);
    performance.measure(MEASURE, { start, detail });
  },

  /**
   * Reloads, in place, the tiles on screen that a change inside any of bboxes may alter, or
   * all of them when bboxes is null (after more changes than are worth listing).
   */
  refresh(bboxes) {
    for (const tile of Object.values(this._tiles || {})) {
      if (tile.current && (!bboxes || tileTouched(tile.coords, bboxes))) this.load(tile.el, tile.coords).catch(() => {});
    }
  },

  /**
   * What is drawn at latlng: {id} of a footprint (full-detail tiles), {cell: true} for anything
   * else painted there (a cell of aggregated buildings), or null. A finger is not a pixel: a few
   * pixels around the point count.
   */
  pick(latlng) {
    if (!this._map) return null;
    const size = this.getTileSize();
    const p = this._map.project(latlng, this._tileZoom);
    const coords = { x: Math.floor(p.x / size.x), y: Math.floor(p.y / size.y), z: this._tileZoom };
    const tile = this._tiles && this._tiles[this._tileCoordsToKey(coords)];
    if (!tile) return null;
    const px = p.x - coords.x * size.x;
    const py = p.y - coords.y * size.y;
    const layer = this.decoded.get(tile.el);
    if (layer) {
      const units = layer.extent / size.x;
      const feature = featureAt(layer, px * units, py * units, TAP_SLACK_PX * units);
      if (feature) return { id: String(feature.properties.id) };
    }
    const ratio = tile.el.width / size.x;
    const r = Math.round(TAP_SLACK_PX * ratio);
    const [x, y] = [Math.round(px * ratio), Math.round(py * ratio)];
    const data = tile.el.getContext('2d').getImageData(Math.max(0, x - r), Math.max(0, y - r), 2 * r + 1, 2 * r + 1).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return { cell: true };
    return null;
  },
});
