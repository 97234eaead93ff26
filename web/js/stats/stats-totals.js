// The figures at the top of the dashboard and the ledger links of the charts. Pure: no DOM.

import { pages } from '../shared/urls.js';
import { filterQuery } from '../shared/filter-params.js';

/** The ledger page filtered as given ({street, judgement}, …): "/ledger.html?street=…&judgement=…". */
export function ledgerHref(filter) {
  const query = filterQuery(filter);
  return query ? `${pages.ledger}?${query}` : pages.ledger;
}

/**
 * The ledger of one bar: unit 'street' or 'community' with its code, field 'judgement' or
 * 'grade' with its value ('' for none: the unit alone).
 */
export function barHref(unit, unitCode, field, value) {
  return ledgerHref({ [unit]: unitCode, [field]: value || '' });
}

function n(value) {
  return Number(value) || 0;
}

/**
 * The totals: from GET /api/stats/summary (total), the overdue count (GET /api/stats?overdue=true,
 * total.buildings) and the milestones of /api/stats/progress (total). Each {id, value, share?,
 * area?, filter?}: share of all buildings, demolished area (m²), and the ledger filter that
 * lists them.
 */
export function totals(summary, overdue, progressTotal) {
  const s = (summary && summary.total) || {};
  const j = s.byJudgement || {};
  const g = s.byGrade || {};
  const status = s.byStatus || {};
  const demolished = (progressTotal && progressTotal.demolished) || {};
  const buildings = n(s.buildings);
  return [
    { id: 'buildings', value: buildings },
    { id: 'surveyed', value: n(s.surveyed), share: buildings ? n(s.surveyed) / buildings : null },
    { id: 'hazards', value: n(j.serious) + n(j.some), filter: { judgement: 'serious,some' } },
    { id: 'dangerous', value: n(g.C) + n(g.D), filter: { grade: 'C,D' } },
    { id: 'overdue', value: n(overdue), filter: { overdue: 'true' } },
    { id: 'demolished', value: n(demolished.buildings), area: n(demolished.area) },
    { id: 'closed', value: n(status.closed), filter: { status: 'closed' } },
  ];
}
