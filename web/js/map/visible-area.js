// Keeping a shape in the part of the map that no panel covers: the free rectangle of the map
// next to an open panel (a bottom sheet on phones, a side panel on wider screens) and the pan
// that brings a box of pixels into it. Pure: no DOM, no Leaflet (callers pass rectangles in
// map-container pixels or DOMRect-like {left, top, width, height}).

/**
 * The part of the map (its DOMRect) not covered by panel (a DOMRect, or null when closed), in
 * map-container pixels: {left, top, right, bottom}. A panel about as wide as the map is a
 * bottom sheet and takes the bottom; a narrower one is a side panel and takes the right.
 */
export function freeArea(map, panel) {
  const free = { left: 0, top: 0, right: map.width, bottom: map.height };
  if (!panel || panel.width <= 0 || panel.height <= 0) return free;
  if (panel.width >= map.width * 0.9) free.bottom = Math.max(0, Math.min(free.bottom, panel.top - map.top));
  else free.right = Math.max(0, Math.min(free.right, panel.left - map.left));
  return free;
}

function axis(lo, hi, freeLo, freeHi, margin) {
  if (hi - lo + 2 * margin > freeHi - freeLo) return (lo + hi) / 2 - (freeLo + freeHi) / 2;
  if (lo < freeLo + margin) return lo - (freeLo + margin);
  if (hi > freeHi - margin) return hi - (freeHi - margin);
  return 0;
}

/**
 * The [dx, dy] to pan the map by (Leaflet panBy: the content moves by -dx, -dy) so that box
 * ({left, top, right, bottom} in map-container pixels) lies inside free with margin around it;
 * a box too big for free is centred in it. [0, 0] when it is already inside.
 */
export function panInto(box, free, margin = 16) {
  return [axis(box.left, box.right, free.left, free.right, margin), axis(box.top, box.bottom, free.top, free.bottom, margin)];
}
