// Class breaks and colours of the hazard-density map (choropleth.js). Pure: no DOM.
//
// Counts of hazard buildings per street or community are few and skewed (a handful of units,
// one with many more than the rest), so the classes are quantiles of the positive counts, with
// zero as a class of its own: every class holds about as many units and a unit with no hazard
// never shares a colour with one that has some.

/** Orange-red sequential colours (ColorBrewer OrRd, darkened for a map under buildings), by class count. */
export const PALETTES = {
  1: ['#e34a33'],
  2: ['#fc8d59', '#b30000'],
  3: ['#fdbb84', '#e34a33', '#b30000'],
  4: ['#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
};
export const ZERO_COLOUR = '#e0e0e0';
export const MAX_CLASSES = 4;

function whole(value) {
  return Math.max(0, Math.round(Number(value) || 0));
}

/**
 * The classes of values (hazard counts, one per unit): [{min, max, colour, units}] in rising
 * order, where min and max are the smallest and largest count in the class and units how many
 * units fall in it. Zero first when some unit has none; then up to maxClasses quantile classes.
 */
export function classBreaks(values, maxClasses = MAX_CLASSES) {
  const counts = (values || []).map(whole);
  const positive = counts.filter((v) => v > 0).sort((a, b) => a - b);
  const k = Math.min(maxClasses, new Set(positive).size);
  const uppers = [];
  for (let i = 1; i <= k; i++) {
    const upper = positive[Math.ceil((i * positive.length) / k) - 1];
    if (!uppers.includes(upper)) uppers.push(upper);
  }
  const palette = PALETTES[uppers.length] || [];
  const classes = [];
  if (counts.includes(0)) classes.push({ min: 0, max: 0, colour: ZERO_COLOUR, units: 0 });
  let lower = 1;
  uppers.forEach((upper, i) => {
    const members = positive.filter((v) => v >= lower && v <= upper);
    classes.push({ min: members[0], max: upper, colour: palette[i], units: 0 });
    lower = upper + 1;
  });
  counts.forEach((v) => {
    const c = classOf(v, classes);
    if (c) c.units++;
  });
  return classes;
}

/** The class a count falls in (the first whose max is not below it), or null. */
export function classOf(value, classes) {
  const v = whole(value);
  return classes.find((c) => v <= c.max && (c.max > 0 || v === 0)) || null;
}

/**
 * Counts per unit code from GET /api/stats?groupBy=<level>&judgement=…, with 0 for every unit
 * of the boundaries (codes) that has no hazard building.
 */
export function countsByUnit(answer, level, codes) {
  const out = Object.fromEntries((codes || []).map((c) => [c, 0]));
  for (const g of (answer && answer.groups) || []) {
    if (g[level]) out[g[level]] = (out[g[level]] || 0) + (Number(g.buildings) || 0);
  }
  return out;
}
