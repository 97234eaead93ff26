// Run by MapRenderBench with executeAsyncScript(zoom, lon, lat, reps): at street zoom, reloads the
// footprints of the view over (lon, lat) reps times without moving, timing each until drawn and
// summing the main thread's long tasks (over 50 ms) meanwhile: what one pan costs at that zoom.
const [zoom, lon, lat, reps, done] = [arguments[0], arguments[1], arguments[2], arguments[3], arguments[arguments.length - 1]];
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const loaded = () => new Promise((resolve) => {
  const check = () => (document.body.dataset.buildingsLoaded != null ? resolve() : setTimeout(check, 20));
  check();
});
(async () => {
  const map = window.houseSafe.map;
  map.setView([lat, lon], zoom, { animate: false });
  await new Promise((r) => setTimeout(r, 200));
  await loaded();
  let blocked = 0;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) blocked += e.duration; });
  observer.observe({ type: 'longtask' });
  const times = [];
  const blocks = [];
  for (let rep = 0; rep < reps; rep++) {
    blocked = 0;
    const t0 = performance.now();
    window.houseSafe.reload();
    await loaded();
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 300)); // the last long task is reported a little later
    blocks.push(blocked);
  }
  observer.disconnect();
  done({
    zoom, views: reps, loadP50: pct(times, 0.5), loadMax: Math.max(...times), blockedP50: pct(blocks, 0.5),
    drawn: Number(document.body.dataset.buildingsLoaded), matched: Number(document.body.dataset.buildingsMatched),
  });
})().catch((e) => done({ error: String(e) }));
