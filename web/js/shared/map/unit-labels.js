// Which admin units get a name label: only those whose outline meets the view, the largest first,
// at most a few dozen. Labels are DOM elements that Leaflet moves on every zoom: a city of 3,800
// communities labelled all at once made panning at zoom 14 stutter (BENCHMARKS.md, "Map
// rendering"). Pure: works on plain boxes {west, south, east, north}.

export const MAX_LABELS = 40;

const area = (u) => (u.east - u.west) * (u.north - u.south);

/** The units (boxes, with anything else they carry) to label in view, largest first, at most max. */
export function unitsToLabel(units, view, max = MAX_LABELS) {
  return units
    .filter((u) => u.east >= view.west && u.west <= view.east && u.north >= view.south && u.south <= view.north)
    .sort((a, b) => area(b) - area(a))
    .slice(0, max);
}
