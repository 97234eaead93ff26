// Both footprints of a conflict on the map: the inspector's (blue, dashed) and the building's
// as it is now (orange), in a pane above the buildings, SVG so that each outline is an element
// of the page (class outbox-footprint-mine / -theirs). The conflict view shows the legend.

import { geoJSON, svg, latLngBounds } from '../../shared/map/leaflet.js';

const PANE = 'outbox';
const STYLES = {
  mine: { color: '#1565c0', weight: 3, dashArray: '6 4', fillOpacity: 0.1, className: 'outbox-footprint-mine' },
  theirs: { color: '#ef6c00', weight: 3, fillOpacity: 0.1, className: 'outbox-footprint-theirs' },
};

/** Draws mine and theirs (GeoJSON geometries, either may be null) and fits the map to them; returns a remover. */
export function showFootprints(map, mine, theirs) {
  if (!map.getPane(PANE)) map.createPane(PANE); // .leaflet-outbox-pane, stacked in outbox.css
  const renderer = svg({ pane: PANE });
  const layers = Object.entries({ mine, theirs }).filter(([, g]) => g)
    .map(([side, g]) => geoJSON(g, { pane: PANE, renderer, interactive: false, style: () => STYLES[side] }).addTo(map));
  const bounds = layers.reduce((b, l) => b.extend(l.getBounds()), latLngBounds([]));
  if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 19, padding: [40, 40], animate: false });
  return () => layers.forEach((l) => l.remove());
}
