// Run by MapRenderBench with executeAsyncScript(zoom, lon, lat): pans and zooms the map over
// (lon, lat), then does it again while a requestAnimationFrame probe records frame times;
// answers the statistics of the second pass.
const [zoom, lon, lat, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
const pct = (a, p) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
// Settled: no tile and no footprint page loading; at most 60 s (then it is reported as such).
const idle = () => new Promise((resolve) => {
  const until = performance.now() + 60000;
  const check = () => ((document.querySelector('.leaflet-tile-loading') || document.getElementById('loading').hidden === false)
    && performance.now() < until ? setTimeout(check, 100) : setTimeout(resolve, 300));
  check();
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const steps = [[300, 0], [0, 250], [-300, 0], [0, -250], [450, 150], [-450, -150], [200, 200], [-200, -200]];
/** Eight animated pans and a zoom in and out, twice: about 15 s of moving. */
const moves = async (map) => {
  for (let round = 0; round < 2; round++) {
    for (const [dx, dy] of steps) { map.panBy([dx, dy], { animate: true, duration: 0.4 }); await sleep(700); }
    map.zoomIn(1); await sleep(900); map.zoomOut(1); await sleep(900);
  }
};
(async () => {
  const map = window.houseSafe.map;
  map.setView([lat, lon], zoom, { animate: false });
  await idle();
  // Untimed first pass: the server renders and caches its tiles (it shares the 2 cores with the
  // browser here); the timed pass then costs the server a 304 or a cached tile per request.
  await moves(map);
  await idle();
  performance.clearMeasures('housesafe:tile');
  performance.clearResourceTimings();
  const loads = [];
  let moved = null;
  const onMove = () => { moved = performance.now(); };
  map.on('moveend', onMove);
  const observer = new MutationObserver(() => {
    if (moved != null && document.body.dataset.buildingsLoaded != null) { loads.push(performance.now() - moved); moved = null; }
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-buildings-loaded'] });
  const frames = [];
  let last = performance.now();
  let probing = true;
  // Frames while moving only: an idle page may not be given frames at all, so the callback still
  // pending when the moves end would count the whole wait for the last tiles as one frame.
  const probe = (t) => { if (!probing) return; frames.push(t - last); last = t; requestAnimationFrame(probe); };
  requestAnimationFrame(probe);
  await moves(map);
  probing = false;
  await idle();
  map.off('moveend', onMove);
  observer.disconnect();
  const tiles = performance.getEntriesByName('housesafe:tile').filter((m) => m.detail && m.detail.z === zoom);
  const fetched = performance.getEntriesByType('resource').filter((e) => e.name.includes('.mvt'));
  const features = tiles.map((m) => m.detail.features);
  const geojson = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/buildings?'));
  done({
    zoom, frames: frames.length, frameP50: pct(frames, 0.5), frameP95: pct(frames, 0.95),
    frameMax: Math.max(...frames), longFrames: frames.filter((f) => f > 50).length,
    tiles: tiles.length, drawP50: pct(tiles.map((m) => m.duration), 0.5), drawP95: pct(tiles.map((m) => m.duration), 0.95),
    drawMax: tiles.length ? Math.max(...tiles.map((m) => m.duration)) : null,
    featuresP50: pct(features, 0.5), featuresMax: features.length ? Math.max(...features) : null,
    tileFetches: fetched.length, tileFetchP50: pct(fetched.map((e) => e.duration), 0.5),
    tileFetchP95: pct(fetched.map((e) => e.duration), 0.95),
    tileKB: Math.round(fetched.reduce((n, e) => n + e.transferSize, 0) / 1024),
    views: loads.length, viewP50: pct(loads, 0.5), viewP95: pct(loads, 0.95),
    pages: geojson.length, pageKB: Math.round(geojson.reduce((n, e) => n + e.transferSize, 0) / 1024),
    drawn: Number(document.body.dataset.buildingsLoaded || 0), matched: Number(document.body.dataset.buildingsMatched || 0),
  });
})().catch((e) => done({ error: String(e) }));
