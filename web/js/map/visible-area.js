// The part of the map a person can see when a panel covers some of it: a bottom sheet on phones,
// a side panel on desktop. Pure: rectangles in, pixels out (no DOM), so node tests check it.

/**
 * How far the panel's rectangle reaches into the map's from each side, {top, right, bottom,
 * left} in pixels. A panel that starts in the left third of the map spans its width (a bottom
 * sheet); one further right covers its right side. panelRect null: nothing covered.
 */
export function coveredPadding(mapRect, panelRect) {
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
