// Drawing a new footprint: every tap on the map adds a corner (a draggable handle), the outline
// follows; undo removes the last corner. Double-tap zoom is off meanwhile, so two quick taps
// make two corners.

import { marker, divIcon, polygon, polyline, svg } from './leaflet.js';

const PANE = 'editing';
const toLatLng = ([lon, lat]) => [lat, lon];

export class CornerDrawer {
  constructor(map) {
    this.map = map;
    if (!map.getPane(PANE)) map.createPane(PANE);
    this.renderer = svg({ pane: PANE });
    this.corners = null;
    this.layers = [];
    this.onChange = () => {};
    this.onClick = (e) => this.add([e.latlng.lng, e.latlng.lat]);
  }

  /** Starts drawing; onChange(corners) after every change. */
  start(onChange = () => {}) {
    this.stop();
    this.corners = [];
    this.onChange = onChange;
    this.map.on('click', this.onClick);
    this.map.doubleClickZoom.disable();
    this.map.getContainer().classList.add('map-drawing');
    this.draw();
  }

  stop() {
    if (this.corners) {
      this.map.off('click', this.onClick);
      this.map.doubleClickZoom.enable();
      this.map.getContainer().classList.remove('map-drawing');
    }
    this.layers.forEach((l) => l.remove());
    this.layers = [];
    this.corners = null;
  }

  add(corner) {
    if (!this.corners) return;
    this.corners.push(corner);
    this.draw();
    this.onChange(this.corners);
  }

  undo() {
    if (!this.corners || !this.corners.length) return;
    this.corners.pop();
    this.draw();
    this.onChange(this.corners);
  }

  draw() {
    this.layers.forEach((l) => l.remove());
    this.layers = [];
    const c = this.corners;
    if (!c || !c.length) return;
    const style = { renderer: this.renderer, pane: PANE, color: '#00e5ff', weight: 3, interactive: false };
    const outline = c.length >= 3
      ? polygon(c.map(toLatLng), { ...style, fillColor: '#00e5ff', fillOpacity: 0.2 })
      : polyline(c.map(toLatLng), style);
    this.layers.push(outline.addTo(this.map));
    c.forEach((corner, i) => {
      const handle = marker(toLatLng(corner), {
        icon: divIcon({ className: 'vertex-handle vertex-corner', iconSize: [32, 32] }), draggable: true, keyboard: false,
      }).on('dragend', (e) => {
        const ll = e.target.getLatLng();
        c[i] = [ll.lng, ll.lat];
        this.draw();
        this.onChange(c);
      }).addTo(this.map);
      handle.getElement()?.setAttribute('data-corner', String(i));
      this.layers.push(handle);
    });
  }
}
