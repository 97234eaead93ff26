// Reading a GET /api/ledger answer and turning its cells into text. Pure: no DOM, no i18n state.

import { formatDate, formatNumber, formatText } from '../shared/format.js';

/** The counts at the top of the page, in order. */
export const COUNT_KEYS = ['total', 'overdue', 'closed', 'serious', 'dangerous', 'rectifying'];

const KINDS = ['number', 'text', 'label', 'date'];

const num = (v, fallback = 0) => (Number.isFinite(Number(v)) && v !== null && v !== '' ? Number(v) : fallback);

/** The answer with every member present and typed, whatever the server left out. */
export function normalizeLedger(raw) {
  const r = raw && typeof raw === 'object' ? raw : {};
  const columns = (Array.isArray(r.columns) ? r.columns : []).filter((c) => c && typeof c.key === 'string').map((c) => ({
    key: c.key,
    header: typeof c.header === 'string' ? c.header : c.key,
    kind: KINDS.includes(c.kind) ? c.kind : 'text',
    sortable: c.sortable === true,
  }));
  const rows = (Array.isArray(r.rows) ? r.rows : []).filter((row) => row && row.id != null).map((row) => ({
    id: String(row.id),
    overdue: row.overdue === true,
    cells: Array.isArray(row.cells) ? row.cells : [],
  }));
  withFlaggedPhotos(columns, rows, Array.isArray(r.rows) ? r.rows : []);
  const counts = r.counts && typeof r.counts === 'object' ? r.counts : {};
  return {
    title: typeof r.title === 'string' ? r.title : '',
    today: typeof r.today === 'string' ? r.today : '',
    columns,
    rows,
    numberMatched: num(r.numberMatched),
    counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, num(counts[k])])),
    sort: typeof r.sort === 'string' ? r.sort : '',
    order: r.order === 'desc' ? 'desc' : 'asc',
    offset: num(r.offset),
    limit: num(r.limit, 50),
  };
}

/**
 * The 照片存疑 column: when the server sends each row's count of flagged photos as
 * row.flaggedPhotos rather than as a column of its own, it becomes the last column. An older
 * server sends neither, and the table stays as it was.
 */
const FLAGGED = 'flaggedPhotos';

function withFlaggedPhotos(columns, rows, raw) {
  if (columns.some((c) => c.key === FLAGGED)) return;
  const counts = raw.filter((row) => row && row.id != null).map((row) => row[FLAGGED]);
  if (!counts.some((n) => Number.isFinite(n))) return;
  columns.push({ key: FLAGGED, header: FLAGGED, kind: 'number', sortable: false }); // header: ledger.col.flaggedPhotos
  rows.forEach((row, i) => { row.cells = [...row.cells, Number.isFinite(counts[i]) ? counts[i] : 0]; });
}

/** A cell as display text: numbers with separators, dates as YYYY-MM-DD, empty as "—". */
export function cellText(kind, value) {
  if (value == null || value === '') return formatText(null);
  if (kind === 'number') return formatNumber(value, 2);
  if (kind === 'date') return formatDate(String(value));
  return formatText(value);
}

/** The index of a column key in the answer's columns, or -1. */
export function columnIndex(columns, key) {
  return columns.findIndex((c) => c.key === key);
}
