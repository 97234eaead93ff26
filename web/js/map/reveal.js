// Brings a place into the part of the map the panel leaves uncovered (above the bottom sheet on
// phones, left of the side panel on desktop): on opening a building, after an action on it, and
// on "locate me".

import { coveredPadding, visibleShift, isVisible } from './visible-area.js';

/** Pixels a place must lie inside the visible part to count as seen. */
const MARGIN = 24;

function rectOf(element) {
  return element && !element.hidden ? element.getBoundingClientRect() : null;
}

/** The uncovered part of the map as padding {top, right, bottom, left} in pixels. */
export function visiblePadding(map, panel) {
  return coveredPadding(map.getContainer().getBoundingClientRect(), rectOf(panel));
}

/**
 * Moves the map so that latlng lies in the middle of its visible part, at zoom (default: the
 * current one). Without force, a place already well inside the visible part at the current
 * zoom is left where it is, so opening a building on screen does not jolt the map.
 */
export function reveal(map, panel, latlng, { zoom = map.getZoom(), force = false } = {}) {
  const padding = visiblePadding(map, panel);
  if (!force && zoom === map.getZoom() && isVisible(map.latLngToContainerPoint(latlng), map.getSize(), padding, MARGIN)) return;
  const shift = visibleShift(padding);
  const centre = map.unproject(map.project(latlng, zoom).subtract([shift.x, shift.y]), zoom);
  map.setView(centre, zoom, { animate: false });
}
