import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangePoller, SeenChanges, nextDelay, POLL_MS, MAX_DELAY_MS } from '../js/map/live-feed.js';

/** Timers run by hand: run() fires the next one (the poll timer, not the request timeout). */
function manualTimers() {
  const pending = new Map();
  let next = 1;
  return {
    pending,
    setTimeout: (fn, ms) => { pending.set(next, { fn, ms }); return next++; },
    clearTimeout: (id) => pending.delete(id),
    /** The delay of the poll scheduled now (the one timer that is not a 15 s request timeout). */
    scheduled: () => [...pending.values()].map((t) => t.ms).filter((ms) => ms !== 15000),
    run: async () => {
      const [id, t] = [...pending.entries()].find(([, v]) => v.ms !== 15000);
      pending.delete(id);
      t.fn();
      await new Promise((r) => setImmediate(r));
    },
  };
}

function poller(answers) {
  const timers = manualTimers();
  const log = { urls: [], changes: [], reloads: 0, states: [] };
  const p = new ChangePoller({
    fetchJson: async (url) => {
      log.urls.push(url);
      const a = answers.shift();
      if (a instanceof Error) throw a;
      return a;
    },
    changesUrl: (cursor) => (cursor ? `/api/changes?after=${cursor}` : '/api/changes'),
    onChanges: (c) => log.changes.push(c),
    onReload: () => { log.reloads += 1; },
    onState: (s) => log.states.push(s),
    timers,
    random: () => 1,
  });
  return { p, timers, log };
}

const httpError = (status) => Object.assign(new Error(`HTTP ${status}`), { status });
const change = (id, version) => ({ id, version, bbox: [112.5, 26.9, 112.5001, 26.9001] });

test('polls with the cursor of the previous answer and hands on changes once per version', async () => {
  const { p, timers, log } = poller([
    { cursor: '100', changes: [], reload: false },
    { cursor: '200', changes: [change('a', 2)], reload: false },
    { cursor: '300', changes: [change('a', 2), change('b', 5)], reload: false },
  ]);
  p.start();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(timers.scheduled(), [POLL_MS]);
  await timers.run();
  await timers.run();
  assert.deepEqual(log.urls, ['/api/changes', '/api/changes?after=100', '/api/changes?after=200']);
  assert.deepEqual(log.changes.map((c) => c.fresh.map((x) => x.id)), [['a'], ['b']]);
  assert.deepEqual(log.changes[1].all.map((x) => x.id), ['a', 'b'], 'all of the answer, for what is drawn');
  assert.deepEqual(log.states, ['live']);
});

test('errors back off up to a minute; success returns to the normal pace', async () => {
  const { p, timers, log } = poller([httpError(503), new TypeError('network'), httpError(502), { cursor: '1', changes: [] }]);
  p.start();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(timers.scheduled(), [2 * POLL_MS]);
  await timers.run();
  assert.deepEqual(timers.scheduled(), [4 * POLL_MS]);
  await timers.run();
  assert.deepEqual(timers.scheduled(), [8 * POLL_MS]);
  await timers.run();
  assert.deepEqual(timers.scheduled(), [POLL_MS]);
  assert.deepEqual(log.states, ['live', 'retrying', 'live']);
  assert.equal(nextDelay(30, () => 1), MAX_DELAY_MS);
  assert.equal(nextDelay(3, () => 0), 4 * POLL_MS, 'jitter: between half and all of the ceiling');
});

test('a refused cursor starts over and redraws; a signed-out user stops polling', async () => {
  const { p, timers, log } = poller([
    { cursor: '1', changes: [] }, httpError(400), { cursor: '9', changes: [change('x', 3)] }, httpError(401),
  ]);
  p.start();
  await new Promise((r) => setImmediate(r));
  await timers.run();
  await timers.run();
  assert.equal(log.urls[2], '/api/changes', 'no cursor after a 400');
  assert.equal(log.reloads, 1, 'what happened meanwhile is unknown: redraw');
  assert.equal(log.changes.length, 0);
  await timers.run();
  assert.deepEqual(timers.scheduled(), []);
  assert.equal(log.states.at(-1), 'stopped');
  p.resume();
  assert.equal(log.urls.length, 4, 'stopped for good');
});

test('a reload answer redraws instead of listing; pause drops the request under way and resume polls at once', async () => {
  const { p, timers, log } = poller([{ cursor: '1', changes: [] }, { cursor: '2', changes: [], reload: true }]);
  p.start();
  await new Promise((r) => setImmediate(r));
  await timers.run();
  assert.equal(log.reloads, 1);
  p.pause();
  assert.deepEqual(timers.scheduled(), []);
  assert.equal(log.states.at(-1), 'paused');
  let release;
  p.fetchJson = (url, { signal }) => new Promise((resolve, reject) => {
    log.urls.push(url);
    release = resolve;
    signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
  });
  p.resume();
  assert.equal(log.urls.at(-1), '/api/changes?after=2');
  p.pause();
  release({ cursor: '3', changes: [change('late', 1)] });
  await new Promise((r) => setImmediate(r));
  assert.equal(log.changes.length, 0, 'an answer after the pause is dropped');
  assert.deepEqual(timers.scheduled(), []);
});

test('seen versions are forgotten after two minutes', () => {
  let now = 0;
  const seen = new SeenChanges(() => now);
  assert.equal(seen.fresh([change('a', 1)]).length, 1);
  assert.equal(seen.fresh([change('a', 1)]).length, 0);
  assert.equal(seen.fresh([change('a', 2)]).length, 1, 'a newer version is news');
  now = 121000;
  assert.equal(seen.fresh([change('a', 2)]).length, 1);
});
