// Moving the corners of a footprint on the map: a big round handle on every corner (drag it;
// tap to select, then delete), a "+" in the middle of every edge (tap to add a corner there).
// Plain Leaflet markers, which drag by mouse and by touch (why not Leaflet.draw: footprint-tools.js).

import { marker, divIcon, polygon, svg } from '../../shared/map/leaflet.js';
import { midpoint } from '../../shared/map/footprint.js';

const PANE = 'editing';
const HANDLE = 32; // px: a finger-sized target
const MID = 26;

function handleIcon(kind) {
  const size = kind === 'mid' ? MID : HANDLE;
  return divIcon({ className: `vertex-handle vertex-${kind}`, iconSize: [size, size], html: kind === 'mid' ? '+' : '' });
}

const toLatLng = ([lon, lat]) => [lat, lon];

/** Edits rings (footprint.js ringsOf shape: [polygon][ring] = open ring of [lon, lat]) in place. */
export class CornerEditor {
  constructor(map) {
    this.map = map;
    if (!map.getPane(PANE)) map.createPane(PANE); // .leaflet-editing-pane, stacked in lifecycle.css
    this.renderer = svg({ pane: PANE });
    this.layers = [];
    this.rings = null;
    this.selected = null; // {p, r, i}
    this.onChange = () => {};
  }

  /** Starts editing rings; onChange() after every change. */
  start(rings, onChange = () => {}) {
    this.stop();
    this.rings = rings;
    this.onChange = onChange;
    this.draw();
  }

  stop() {
    this.layers.forEach((l) => l.remove());
    this.layers = [];
    this.rings = null;
    this.selected = null;
  }

  /** Deletes the selected corner when its ring keeps at least 3; returns whether it did. */
  deleteSelected() {
    const s = this.selected;
    if (!s || !this.rings) return false;
    const ring = this.rings[s.p][s.r];
    if (ring.length <= 3) return false;
    ring.splice(s.i, 1);
    this.selected = null;
    this.draw();
    this.onChange();
    return true;
  }

  draw() {
    this.layers.forEach((l) => l.remove());
    this.layers = [];
    const rings = this.rings;
    if (!rings) return;
    const shape = polygon(rings.map((poly) => poly.map((ring) => ring.map(toLatLng))), {
      renderer: this.renderer, pane: PANE, color: '#00e5ff', weight: 3, fillColor: '#00e5ff', fillOpacity: 0.2,
      interactive: false,
    }).addTo(this.map);
    this.layers.push(shape);
    rings.forEach((poly, p) => poly.forEach((ring, r) => ring.forEach((corner, i) => {
      const next = ring[(i + 1) % ring.length];
      const mid = marker(toLatLng(midpoint(corner, next)), { icon: handleIcon('mid'), keyboard: false, title: '+' })
        .on('click', () => {
          ring.splice(i + 1, 0, midpoint(corner, next));
          this.selected = { p, r, i: i + 1 };
          this.draw();
          this.onChange();
        })
        .addTo(this.map);
      const isSelected = this.selected && this.selected.p === p && this.selected.r === r && this.selected.i === i;
      const handle = marker(toLatLng(corner), { icon: handleIcon(isSelected ? 'selected' : 'corner'), draggable: true, keyboard: false })
        .on('drag', (e) => {
          const ll = e.target.getLatLng();
          ring[i] = [ll.lng, ll.lat];
          shape.setLatLngs(rings.map((pp) => pp.map((rr) => rr.map(toLatLng))));
        })
        .on('dragend', () => {
          this.selected = { p, r, i };
          this.draw();
          this.onChange();
        })
        .on('click', () => {
          this.selected = { p, r, i };
          this.draw();
        })
        .addTo(this.map);
      handle.getElement()?.setAttribute('data-corner', `${p}.${r}.${i}`);
      mid.getElement()?.setAttribute('data-edge', `${p}.${r}.${i}`);
      this.layers.push(mid, handle);
    })));
  }
}
