// 我的任务: what the signed-in user must do in their streets, grouped by the step that waits
// for them, each group sorted by deadline. Pure: no DOM, no requests — it is fed building
// features (properties status, deadline, houseCode, address) from the API or an offline copy.

import { isOverdue } from '../../shared/format.js';
import { FINISHED_STATUSES } from '../../shared/schema.js';

/**
 * The groups, in display order: the statuses a building waits in, or overdue (逾期, the one
 * definition of format.js isOverdue: a current deadline passed unmet).
 */
export const TASK_GROUPS = [
  { id: 'overdue', overdue: true },
  { id: 'unsurveyed', statuses: ['unsurveyed'] },
  { id: 'recheck', statuses: ['surveyed'] },
  { id: 'appraisal', statuses: ['awaiting_appraisal'] },
  { id: 'rectification', statuses: ['awaiting_rectification', 'rectifying'] },
  { id: 'demolition', statuses: ['demolition_ordered'] },
  { id: 'acceptance', statuses: ['rectified', 'demolished'] },
];

/**
 * Which groups each role works on, from Lifecycle.RULES: the inspector surveys (待排查), sees
 * their surveys through the district's recheck (待复查) and confirms demolitions on site
 * (待拆除); the street office orders and runs rectification, demolition and the first acceptance;
 * the appraiser appraises; the district rechecks, closes out and oversees every step. Planners
 * and admins act on no building.
 */
export const ROLE_GROUPS = {
  inspector: ['overdue', 'unsurveyed', 'recheck', 'demolition'],
  street_office: ['overdue', 'rectification', 'demolition', 'acceptance'],
  appraiser: ['appraisal'],
  district: TASK_GROUPS.map((g) => g.id),
};

/** The groups of role, in display order ([] for a role with no tasks). */
export function groupsFor(role) {
  const keys = ROLE_GROUPS[role] || [];
  return TASK_GROUPS.filter((g) => keys.includes(g.id));
}

/** The statuses whose buildings the role's status groups hold (what to ask the API for). */
export function taskStatuses(role) {
  return groupsFor(role).flatMap((g) => g.statuses || []);
}

/** Whether the role has an overdue group (then the overdue buildings are asked for too). */
export function wantsOverdue(role) {
  return groupsFor(role).some((g) => g.overdue);
}

/** Earliest deadline first, none last; then by house code, so the order is stable. */
export function byDeadline(a, b) {
  if (a.deadline !== b.deadline) {
    if (!a.deadline) return 1;
    if (!b.deadline) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  return String(a.houseCode).localeCompare(String(b.houseCode));
}

function taskOf(feature, today) {
  const p = feature.properties || {};
  const deadline = p.deadline ? String(p.deadline).slice(0, 10) : null;
  return {
    id: String(feature.id),
    houseCode: p.houseCode || '',
    address: p.address || '',
    status: p.status || '',
    deadline,
    overdue: isOverdue(deadline, p.status, today, FINISHED_STATUSES),
    feature,
  };
}

/**
 * The role's task groups from features (each building once, even when given twice):
 * [{id, count, items}] in display order, items sorted by byDeadline. today: "YYYY-MM-DD" in
 * Asia/Shanghai (format.js todayIn).
 */
export function groupTasks(features, role, today) {
  const seen = new Set();
  const tasks = [];
  for (const f of features || []) {
    if (!f || f.id == null || seen.has(String(f.id))) continue;
    seen.add(String(f.id));
    tasks.push(taskOf(f, today));
  }
  return groupsFor(role).map((g) => {
    const items = tasks.filter((t) => (g.overdue ? t.overdue : g.statuses.includes(t.status))).sort(byDeadline);
    return { id: g.id, count: items.length, items };
  });
}

/** The number of distinct buildings in the groups (a building overdue and waiting counts once). */
export function taskTotal(groups) {
  return new Set(groups.flatMap((g) => g.items.map((t) => t.id))).size;
}
