// The buildings behind 我的任务, from GET /api/buildings (the server keeps them to the user's
// streets): those in the statuses of the user's groups, and the overdue ones, page by page up to
// a cap. tasks.js groups them; an offline copy of the same features can be grouped alike.

import { getJson } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { buildingsQuery, nextHref, nextPageLimit, withLimit } from '../query.js';
import { taskStatuses, wantsOverdue } from './tasks.js';

const PAGE_LIMIT = 1000;
export const TASK_CAP = 5000;

async function allPages(filter, signal) {
  let href = urls.buildings(buildingsQuery(filter, { limit: PAGE_LIMIT }));
  const features = [];
  let capped = false;
  while (href) {
    const page = await getJson(href, { signal });
    features.push(...(Array.isArray(page.features) ? page.features : []));
    const next = nextHref(page);
    const limit = nextPageLimit(features.length, TASK_CAP, PAGE_LIMIT);
    capped = !!next && limit === 0;
    href = next && limit > 0 ? withLimit(next, limit) : null;
  }
  return { features, capped };
}

/** {features, capped} for role: capped when a list had more than TASK_CAP buildings. */
export async function loadTaskFeatures(role, { signal } = {}) {
  const filters = [];
  const statuses = taskStatuses(role);
  if (statuses.length) filters.push({ status: statuses });
  if (wantsOverdue(role)) filters.push({ overdue: true });
  const lists = await Promise.all(filters.map((f) => allPages(f, signal)));
  return { features: lists.flatMap((l) => l.features), capped: lists.some((l) => l.capped) };
}
