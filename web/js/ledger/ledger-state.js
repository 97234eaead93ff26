// The ledger page's view as its URL query: the filter (filter-params.js), sort, order and page,
// so that "/ledger.html?overdue=true&sort=deadline" reproduces what someone saw. Pure: no DOM.

import { readFilter, appendFilter } from '../shared/filter-params.js';

export const PAGE_SIZE = 50;

const SORT_KEY = /^[A-Za-z]{1,40}$/;

/** {filter, sort, order, page} of a query string; bad values fall back to the defaults ('', '', 1). */
export function readLedgerState(search) {
  const params = new URLSearchParams(search || '');
  const sort = params.get('sort') || '';
  const order = params.get('order') || '';
  const page = Number(params.get('page'));
  return {
    filter: readFilter(params),
    sort: SORT_KEY.test(sort) ? sort : '',
    order: order === 'asc' || order === 'desc' ? order : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** "?…" for a state (defaults left out), or '' when everything is the default. */
export function ledgerSearch({ filter, sort, order, page }) {
  const params = appendFilter(new URLSearchParams(), filter);
  if (sort) params.set('sort', sort);
  if (order) params.set('order', order);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The offset of a page (1-based) of PAGE_SIZE rows. */
export function pageOffset(page, size = PAGE_SIZE) {
  return (Math.max(1, page) - 1) * size;
}

/** The last page (at least 1) of total rows. */
export function lastPage(total, size = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The state after a click on a sortable header: the same column flips asc ↔ desc (the server's
 * default order, asc, when none was given), another column starts ascending; back to page 1.
 */
export function toggleSort(state, key) {
  const order = state.sort === key && (state.order || 'asc') === 'asc' ? 'desc' : 'asc';
  return { ...state, sort: key, order, page: 1 };
}

/** The state with a new filter: back to page 1, sort kept. */
export function withFilter(state, filter) {
  return { ...state, filter, page: 1 };
}

/** {from, to, total} of the rows shown (from = 0 when there are none), for "第 x–y 条，共 N 条". */
export function shownRange(offset, returned, total) {
  if (!returned) return { from: 0, to: 0, total };
  return { from: offset + 1, to: offset + returned, total };
}
