// What changed between the building a user was working on and the building as it is now (the
// "current" Feature of a 412 answer), so that the conflict message can say it. Pure: no DOM;
// the caller labels the keys.

/** Summary properties compared, in the order shown; each with how its values are labelled. */
export const COMPARED = [
  { name: 'status', label: 'panel.status', kind: 'status' },
  { name: 'judgement', label: 'panel.judgement', kind: 'judgement' },
  { name: 'grade', label: 'panel.grade', kind: 'grade' },
  { name: 'deadline', label: 'panel.deadline', kind: 'date' },
  { name: 'address', label: 'panel.address', kind: 'text' },
  { name: 'footprintArea', label: 'panel.footprintArea', kind: 'area' },
  { name: 'version', label: 'conflict.version', kind: 'text' },
];

function same(a, b) {
  return (a ?? null) === (b ?? null);
}

/**
 * [{name, label, kind, mine, theirs}] for each compared property that differs between the
 * Feature the user had (mine) and the current one (theirs); [] when either is missing.
 */
export function featureChanges(mine, theirs) {
  const a = mine && mine.properties;
  const b = theirs && theirs.properties;
  if (!a || !b) return [];
  const out = COMPARED.filter((c) => !same(a[c.name], b[c.name]))
    .map((c) => ({ ...c, mine: a[c.name] ?? null, theirs: b[c.name] ?? null }));
  if (JSON.stringify(mine.geometry ?? null) !== JSON.stringify(theirs.geometry ?? null)) {
    out.push({ name: 'geometry', label: 'conflict.geometry', kind: 'changed', mine: null, theirs: null });
  }
  return out;
}

/**
 * The latest event of a history ({events: [...]}, oldest first) recorded after version of the
 * building the user had, or null. The events list does not carry versions, so "after" is
 * judged by time: recorded after the user's copy was last updated.
 */
export function latestChange(events, mine) {
  const list = Array.isArray(events) ? events : [];
  if (list.length === 0) return null;
  const last = list[list.length - 1];
  const since = mine && mine.properties && mine.properties.updatedAt;
  const at = last.recordedAt || last.occurredAt;
  if (since && at && Date.parse(at) <= Date.parse(since)) return null;
  return { type: last.type, actor: last.actor || null, role: last.role || null, at: last.occurredAt || at || null };
}
