// Every URL the app requests or navigates to, in one place. Paths are the server's
// (API-CONTRACT); tile templates are the basemap providers'.

const enc = encodeURIComponent;

export const urls = {
  config: () => '/api/config',
  adminUnits: (level) => `/api/admin-units?level=${enc(level)}`,
  /** query: a string from query.js buildingsQuery(), without "?". */
  buildings: (query) => (query ? `/api/buildings?${query}` : '/api/buildings'),
  building: (id) => `/api/buildings/${enc(id)}`,
  buildingEvents: (id) => `/api/buildings/${enc(id)}/events`,
  /** The histories of the buildings of a filter, paged (offline copies); query without "?". */
  histories: (query) => `/api/events?${query}`,
  buildingPhotos: (id) => `/api/buildings/${enc(id)}/photos`,
  photoThumbnail: (id) => `/api/photos/${enc(id)}/thumbnail`,
  /** The next free house code of the community at lon, lat (for a new building's form). */
  nextHouseCode: (lon, lat) => `/api/house-codes/next?lon=${enc(lon.toFixed(7))}&lat=${enc(lat.toFixed(7))}`,
  /** Vector tile of the buildings layer; query: the filter from query.js buildingsQuery(), without "?". */
  buildingTile: (z, x, y, query) => `/tiles/buildings/${z}/${x}/${y}.mvt${query ? `?${query}` : ''}`,
  /** The change feed; cursor: from its previous answer, none on the first call. */
  changes: (cursor) => (cursor ? `/api/changes?after=${enc(cursor)}` : '/api/changes'),
  // The hazard ledger and exports; query from filter-params.js, without "?".
  ledger: (query) => (query ? `/api/ledger?${query}` : '/api/ledger'),
  /** format: xlsx or csv. */
  ledgerExport: (format, query) => `/api/export/ledger.${enc(format)}${query ? `?${query}` : ''}`,
  /** format: geojson or geojsonl. */
  buildingsExport: (format, query) => `/api/export/buildings.${enc(format)}${query ? `?${query}` : ''}`,

  // Accounts: the session (log in with POST, out with DELETE) and the signed-in user.
  session: () => '/api/session',
  me: () => '/api/me',
  myPassword: () => '/api/me/password',
  myTokens: () => '/api/me/tokens',
  myToken: (id) => `/api/me/tokens/${enc(id)}`,
  // Administration (role admin).
  users: () => '/api/users',
  user: (id) => `/api/users/${enc(id)}`,
  userTokens: (id) => `/api/users/${enc(id)}/tokens`,
  userToken: (id, tokenId) => `/api/users/${enc(id)}/tokens/${enc(tokenId)}`,
  securityEvents: (limit = 100, failuresOnly = false) =>
    `/api/security-events?limit=${enc(limit)}${failuresOnly ? '&failuresOnly=true' : ''}`,
  /** Bulk import of a GeoJSON FeatureCollection (multipart part "file"). */
  imports: () => '/api/imports',

  // Statistics; query: the common filter (filter-params.js) plus each one's own parameters.
  stats: (query) => `/api/stats?${query}`,
  statsProgress: (query) => `/api/stats/progress?${query}`,
  statsReport: (query) => (query ? `/api/stats/report?${query}` : '/api/stats/report'),
  statsSummary: (level) => `/api/stats/summary?groupBy=${enc(level)}`,
};

/** The app's own pages. */
export const pages = {
  map: '/',
  login: '/login.html',
  account: '/account.html',
  admin: '/admin.html',
  ledger: '/ledger.html',
  stats: '/stats.html',
  report: '/report.html',
  export: '/export.html',
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
