// The only module that imports Leaflet (the importmap in index.html maps "leaflet" to the
// webjar). Everything else takes what it needs from here.

export {
  map, canvas, tileLayer, geoJSON, layerGroup, control, latLngBounds, point,
} from 'leaflet';
