// "定位" (locate me): the browser's position, with its accuracy circle and a dot, brought into the
// visible part of the map at a zoom where footprints are drawn. A refusal, an unknown position or
// a timeout is said in a toast.

import { circle, circleMarker } from '../shared/map/leaflet.js';
import { showWarning } from '../shared/notify.js';
import { MIN_ZOOM } from './buildings.js';
import { reveal } from './reveal.js';

const ERROR_KEYS = { 1: 'locate.denied', 2: 'locate.unavailable', 3: 'locate.timeout' };
const OPTIONS = { enableHighAccuracy: true, timeout: 15000, maximumAge: 10000 };
const STYLE = { color: '#1565c0', weight: 2, fillColor: '#1e88e5', fillOpacity: 0.15, interactive: false };

/** Wires button to the map; panel: the record panel (its covered part is avoided). */
export function initLocate(map, button, panel) {
  let shown = null;
  const draw = (latlng, accuracy) => {
    if (shown) shown.forEach((layer) => layer.remove());
    shown = [
      circle(latlng, { ...STYLE, radius: Math.max(1, accuracy) }).addTo(map),
      circleMarker(latlng, { ...STYLE, radius: 7, fillOpacity: 1, color: '#fff', weight: 3 }).addTo(map),
    ];
    document.body.dataset.located = `${latlng[1]},${latlng[0]},${accuracy}`;
  };
  button.addEventListener('click', () => {
    if (!navigator.geolocation) {
      showWarning('locate.unsupported');
      return;
    }
    button.disabled = true;
    navigator.geolocation.getCurrentPosition((position) => {
      button.disabled = false;
      const { latitude, longitude, accuracy } = position.coords;
      const latlng = [latitude, longitude];
      draw(latlng, accuracy);
      reveal(map, panel, latlng, { zoom: Math.max(map.getZoom(), MIN_ZOOM), force: true });
    }, (err) => {
      button.disabled = false;
      showWarning(ERROR_KEYS[err && err.code] || 'locate.unavailable');
    }, OPTIONS);
  });
}
