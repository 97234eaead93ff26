// Work that the first view does not need waits until its buildings are drawn (or a few seconds,
// e.g. below street zoom where none are loaded): on a slow network it would otherwise share the
// view's connections and bandwidth (issue 14 point 1, a first visit on Fast 4G).

const FIRST_VIEW_DELAY_MS = 4000;

/** Calls fn once, after the map's first 'buildingsload' or FIRST_VIEW_DELAY_MS, whichever is first. */
export function afterFirstView(map, fn) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  map.once('buildingsload', run);
  setTimeout(run, FIRST_VIEW_DELAY_MS);
}
