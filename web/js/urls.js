// Every URL the app requests, in one place. Paths are the server's (API-CONTRACT); tile
// templates are the basemap providers'.

const enc = encodeURIComponent;

export const urls = {
  config: () => '/api/config',
  adminUnits: (level) => `/api/admin-units?level=${enc(level)}`,
  /** query: a string from query.js buildingsQuery(), without "?". */
  buildings: (query) => (query ? `/api/buildings?${query}` : '/api/buildings'),
  building: (id) => `/api/buildings/${enc(id)}`,
  buildingEvents: (id) => `/api/buildings/${enc(id)}/events`,
};

/** Basemap tile templates (Leaflet placeholders); the Tianditu key is filled in as {tk}. */
export const tiles = {
  osm: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  // Tianditu Web Mercator vector map (vec_w) and its Chinese annotation layer (cva_w).
  tiandituVector: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0'
    + '&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={tk}',
  tiandituLabels: 'https://t{s}.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0'
    + '&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={tk}',
  tiandituSubdomains: '01234567',
};
