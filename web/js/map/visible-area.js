// The part of the map a person can see when a panel covers some of it: a bottom sheet on phones,
// a side panel on desktop, and the pan that brings a box of pixels into it. Pure: rectangles in
// (DOMRect-like), pixels out (no DOM), so node tests check it.

/**
 * How far the panel's rectangle reaches into the map's from each side, {top, right, bottom,
 * left} in pixels. A panel that starts in the left third of the map spans its width (a bottom
 * sheet); one further right covers its right side. panelRect null: nothing covered.
 */
export function coveredPadding(map, panel) {
  const mapRect = edges(map);
  const panelRect = panel && edges(panel);
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!panelRect || panelRect.width === 0 || panelRect.height === 0) return none;
  const overlaps = panelRect.left < mapRect.right && panelRect.right > mapRect.left
    && panelRect.top < mapRect.bottom && panelRect.bottom > mapRect.top;
  if (!overlaps) return none;
  const spansWidth = panelRect.left <= mapRect.left + mapRect.width / 3;
  if (spansWidth) return { ...none, bottom: Math.max(0, Math.min(mapRect.height, mapRect.bottom - panelRect.top)) };
  return { ...none, right: Math.max(0, Math.min(mapRect.width, mapRect.right - panelRect.left)) };
}

/**
 * The shift {x, y} in pixels from the map's centre to the centre of its visible part: moving
 * the map so that a point lies at (map centre + shift) puts it in the middle of what is seen.
 */
export function visibleShift(padding) {
  return { x: (padding.left - padding.right) / 2, y: (padding.top - padding.bottom) / 2 };
}

/**
 * Whether point {x, y} (map container pixels) lies in the visible part of a map of size
 * {x, y}, at least margin pixels inside it.
 */
export function isVisible(point, size, padding, margin = 0) {
  return point.x >= padding.left + margin && point.x <= size.x - padding.right - margin
    && point.y >= padding.top + margin && point.y <= size.y - padding.bottom - margin;
}

/** {left, top, right, bottom, width, height} of a DOMRect-like {left, top, width, height}. */
function edges(r) {
  return { left: r.left, top: r.top, width: r.width, height: r.height,
    right: r.right ?? r.left + r.width, bottom: r.bottom ?? r.top + r.height };
}

/**
 * The part of the map (its DOMRect) not covered by panel (a DOMRect, or null when closed), in
 * map-container pixels: {left, top, right, bottom}.
 */
export function freeArea(map, panel) {
  const p = coveredPadding(map, panel);
  return { left: p.left, top: p.top, right: map.width - p.right, bottom: map.height - p.bottom };
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
