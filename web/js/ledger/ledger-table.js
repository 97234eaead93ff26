// The ledger table: headers from the answer (sortable ones are buttons, aria-sort on the
// current one), one row per building, overdue rows marked by class and a 逾期 badge, the house
// code a link to the building on the map. Under 640 px the CSS shows each row as a card, using
// each cell's data-label.

import { el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { cellText, columnIndex, COUNT_KEYS } from './ledger-format.js';
import { buildingHref } from '../shared/building-link.js';

/** The header text of a column in the current language (the server's Chinese as fallback). */
export function columnHeader(column) {
  return t(`ledger.col.${column.key}`, { fallback: column.header });
}

function headerCell(column, data, onSort) {
  const current = data.sort === column.key;
  const th = el('th', {
    scope: 'col',
    class: `ledger-col-${column.key}`,
    'aria-sort': current ? (data.order === 'desc' ? 'descending' : 'ascending') : null,
  });
  const header = columnHeader(column);
  if (!column.sortable) {
    th.textContent = header;
    return th;
  }
  const arrow = current ? (data.order === 'desc' ? '▼' : '▲') : '↕';
  th.append(el('button', {
    type: 'button',
    class: current ? 'ledger-sort is-sorted' : 'ledger-sort',
    title: t('ledger.sortBy', { header }),
    dataset: { sort: column.key },
    onclick: () => onSort(column.key),
  }, el('span', { text: header }), el('span', { class: 'ledger-sort-arrow', 'aria-hidden': 'true', text: arrow })));
  return th;
}

function bodyRow(row, columns, codeIndex) {
  const code = codeIndex >= 0 ? row.cells[codeIndex] : null;
  const href = buildingHref(row.id);
  const tr = el('tr', {
    class: row.overdue ? 'ledger-row is-overdue' : 'ledger-row',
    dataset: { id: row.id, overdue: String(row.overdue) },
  });
  columns.forEach((column, i) => {
    const text = cellText(column.kind, row.cells[i]);
    const td = el('td', { class: `ledger-col-${column.key} ledger-kind-${column.kind}`, 'data-label': columnHeader(column) });
    if (column.key === 'houseCode') {
      td.append(el('a', { class: 'ledger-map-link', href, title: t('ledger.openOnMap', { code: text }), text }));
    } else {
      td.append(text);
    }
    if (i === 0 && row.overdue) td.append(el('span', { class: 'badge badge-overdue', text: t('ledger.overdueBadge') }));
    tr.append(td);
  });
  // A tap anywhere on the row opens the building, as its house code link does.
  tr.addEventListener('click', (e) => {
    if (e.target.closest('a, button') || String(window.getSelection())) return;
    location.assign(href);
  });
  return tr;
}

/** Fills table (a <table>) with the answer's columns and rows; onSort(key) on a header click. */
export function renderTable(table, data, { onSort }) {
  const codeIndex = columnIndex(data.columns, 'houseCode');
  table.replaceChildren(
    el('thead', {}, el('tr', {}, data.columns.map((c) => headerCell(c, data, onSort)))),
    el('tbody', {}, data.rows.map((row) => bodyRow(row, data.columns, codeIndex))));
}

/** The counts at the top: a list of label and number (data-count names each). */
export function renderCounts(list, counts) {
  list.replaceChildren(...COUNT_KEYS.map((key) => el('div', { class: `ledger-count ledger-count-${key}`, dataset: { count: key } },
    el('dt', { text: t(`ledger.count.${key}`) }),
    el('dd', { text: String(counts[key]) }))));
}
