// The export page's choices as URL state and the download URL they make: the filter
// (filter-params.js, a drawn area as `within`), the format and, for GeoJSON, the coordinate
// system. Pure: no DOM.

import { readFilter, appendFilter, filterQuery } from '../shared/filter-params.js';
import { urls } from '../shared/urls.js';
import { STREAM_LIMIT } from './export-stream.js';

/** Formats in the order offered; `ledger` ones hold the ledger's rows, the others every building. */
export const FORMATS = [
  { id: 'geojson', ledger: false },
  { id: 'geojsonl', ledger: false },
  { id: 'xlsx', ledger: true },
  { id: 'csv', ledger: true },
];

/** Coordinate systems of the GeoJSON exports (the server's ExportCrs); the first is the default. */
export const CRSES = ['EPSG:4326', 'EPSG:4490', 'GCJ-02'];

const formatOf = (id) => FORMATS.find((f) => f.id === id) || FORMATS[0];

/**
 * The coordinate systems a format is offered in: a GeoJSON text sequence has no `crs` member,
 * so GIS tools would read CGCS2000 in it as WGS 84 (the server refuses the pair).
 */
export function offeredCrses(format) {
  return formatOf(format).id === 'geojsonl' ? CRSES.filter((c) => c !== 'EPSG:4490') : CRSES;
}

/** crs if the format offers it, else the default. */
const crsFor = (format, crs) => (offeredCrses(format).includes(crs) ? crs : CRSES[0]);

export function isLedgerFormat(id) {
  return formatOf(id).ledger;
}

/** {filter, format, crs} of a query string; unknown values fall back to GeoJSON in WGS84. */
export function readExportState(search) {
  const params = new URLSearchParams(search || '');
  const format = formatOf(params.get('format')).id;
  return {
    filter: readFilter(params),
    format,
    crs: crsFor(format, params.get('crs')),
  };
}

/** "?…" for a state, defaults left out. */
export function exportSearch({ filter, format, crs }) {
  const params = appendFilter(new URLSearchParams(), filter);
  if (format !== FORMATS[0].id) params.set('format', format);
  if (crs !== CRSES[0] && !isLedgerFormat(format)) params.set('crs', crs);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API URL of the export: the filter, and crs for GeoJSON other than the default. */
export function downloadUrl({ filter, format, crs }) {
  const id = formatOf(format).id;
  if (isLedgerFormat(id)) return urls.ledgerExport(id, filterQuery(filter));
  const params = appendFilter(new URLSearchParams(), filter, { ledger: false });
  const offered = crsFor(id, crs);
  if (offered !== CRSES[0]) params.set('crs', offered);
  return urls.buildingsExport(id, params.toString());
}

/**
 * How many records the export will hold: the ledger count for ledger formats, else the
 * buildings count; null when unknown (the count failed or is still loading).
 */
export function expectedCount(format, { buildings = null, ledger = null } = {}) {
  return isLedgerFormat(format) ? ledger : buildings;
}

/** Whether to download in the page (with progress) or only offer the direct link. */
export function streamInPage(count) {
  return count == null || count <= STREAM_LIMIT;
}
