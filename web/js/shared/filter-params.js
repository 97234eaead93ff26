// The common building filter of the ledger and export pages as query parameters: read from a
// page URL, written back to it, and sent to the API (GET /api/ledger, /api/buildings,
// /api/export/…). The names are the API's (BuildingQueryParser.FILTER), so a page URL such as
// "/ledger.html?overdue=true&street=430408003" holds exactly what is asked of the server.
// Pure: no DOM.

/** Filter parameters in the order they are written. */
export const FILTER_KEYS = ['street', 'community', 'status', 'judgement', 'grade', 'use', 'hazardType',
  'overdue', 'photoFlags', 'from', 'to', 'q', 'within'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_Q = 100;

function clean(name, raw) {
  const value = raw == null ? '' : String(raw).trim();
  if (name === 'overdue') return value === 'true' || value === 'false' ? value : '';
  if (name === 'photoFlags') return value === 'true' ? value : ''; // only buildings with a flagged photo
  if (name === 'from' || name === 'to') return DATE.test(value) ? value : '';
  if (name === 'q') return value.slice(0, MAX_Q);
  if (name === 'within') return value; // GeoJSON text, commas and all
  // Lists are comma-separated, as the API takes them; blanks between commas are dropped.
  return value.split(',').map((v) => v.trim()).filter(Boolean).join(',');
}

/** An empty filter: every key present with ''. */
export function emptyFilter() {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, '']));
}

/**
 * The filter of a query string ("?a=b", "a=b" or URLSearchParams): every key present, '' when
 * absent or not well-formed (a date that is not YYYY-MM-DD, overdue other than true/false).
 */
export function readFilter(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search || '');
  const out = emptyFilter();
  for (const k of FILTER_KEYS) out[k] = clean(k, params.get(k));
  return out;
}

/** Keys only the ledger routes take (/api/ledger, /api/export/ledger.*); /api/buildings refuses them. */
export const LEDGER_ONLY_KEYS = ['photoFlags'];

/**
 * Appends the non-empty filter values to params (a URLSearchParams), in FILTER_KEYS order;
 * ledger: false leaves out LEDGER_ONLY_KEYS, for the buildings routes.
 */
export function appendFilter(params, filter = {}, { ledger = true } = {}) {
  for (const k of FILTER_KEYS) {
    if (!ledger && LEDGER_ONLY_KEYS.includes(k)) continue;
    const v = clean(k, filter[k]);
    if (v) params.set(k, v);
  }
  return params;
}

/** The filter alone as a query string (no "?"). */
export function filterQuery(filter) {
  return appendFilter(new URLSearchParams(), filter).toString();
}

/** Query for one page of GET /api/ledger: the filter, sort, order, limit and offset. */
export function ledgerQuery(filter, { sort = '', order = '', limit, offset } = {}) {
  const params = appendFilter(new URLSearchParams(), filter);
  if (sort) params.set('sort', sort);
  if (order) params.set('order', order);
  if (limit != null) params.set('limit', String(limit));
  if (offset) params.set('offset', String(offset));
  return params.toString();
}

/**
 * Query for a ledger export (/api/export/ledger.xlsx|.csv): the same filter, sort and order as
 * the page, never limit or offset (an export holds every matching row).
 */
export function ledgerExportQuery(filter, { sort = '', order = '' } = {}) {
  return ledgerQuery(filter, { sort, order });
}

/** Query that answers only the number of matches (GET /api/buildings or /api/ledger with limit=1). */
export function countQuery(filter) {
  const params = appendFilter(new URLSearchParams(), filter, { ledger: false });
  params.set('limit', '1');
  return params.toString();
}
