// The only module that imports Leaflet, straight from its webjar: the CSP (script-src 'self')
// forbids the inline importmap that used to map "leaflet". Everything else takes what it needs
// from here.

export {
  map, canvas, svg, tileLayer, geoJSON, layerGroup, control, latLngBounds, point,
  marker, divIcon, polygon, polyline, circle, circleMarker, DomEvent, GridLayer,
} from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';
