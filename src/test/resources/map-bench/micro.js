// Run by MapRenderBench with executeAsyncScript(zoom, lon, lat, reps): fetches the 3×3 tiles of
// zoom around (lon, lat) once, then decodes and draws each of them reps times on a canvas the
// size of a map tile; answers per-tile times (ms) and sizes. Decoding alone is timed apart.
const [zoom, lon, lat, reps, done] = [arguments[0], arguments[1], arguments[2], arguments[3], arguments[arguments.length - 1]];
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
(async () => {
  const { decodeTile } = await import('/js/mvt.js');
  const { drawBuildings } = await import('/js/tile-draw.js');
  const { lonToX, latToY } = await import('/js/tile-grid.js');
  const cx = Math.floor(lonToX(lon, zoom));
  const cy = Math.floor(latToY(lat, zoom));
  const tiles = [];
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      const r = await fetch(`/tiles/buildings/${zoom}/${cx + dx}/${cy + dy}.mvt`, { credentials: 'same-origin' });
      tiles.push(new Uint8Array(await r.arrayBuffer()));
    }
  }
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 256 * ratio;
  const ctx = canvas.getContext('2d');
  const decode = [];
  const total = [];
  const features = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const bytes of tiles) {
      const t0 = performance.now();
      const layer = decodeTile(bytes).buildings;
      const t1 = performance.now();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const n = drawBuildings(ctx, layer, 256);
      ctx.getImageData(0, 0, 1, 1); // wait for the drawing to be done, as the screen would
      const t2 = performance.now();
      decode.push(t1 - t0);
      total.push(t2 - t0);
      if (rep === 0) features.push(n);
    }
  }
  done({
    zoom, tiles: tiles.length, kbP50: pct(tiles.map((b) => b.length / 1024), 0.5), kbMax: Math.max(...tiles.map((b) => b.length)) / 1024,
    featuresP50: pct(features, 0.5), featuresMax: Math.max(...features),
    decodeP50: pct(decode, 0.5), decodeP95: pct(decode, 0.95), totalP50: pct(total, 0.5), totalP95: pct(total, 0.95),
  });
})().catch((e) => done({ error: String(e) }));
