// The period of a report: presets (the last 3 months by default, this year, last year, everything
// up to today) as from/to dates "YYYY-MM-DD", both inclusive, in Asia/Shanghai as the API reads
// them. Pure: no DOM; "today" is passed in (format.js todayIn()).

export const PRESETS = ['last3m', 'year', 'lastYear', 'all', 'custom'];
export const DEFAULT_PRESET = 'last3m';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether value is a real calendar date written YYYY-MM-DD. */
export function isDate(value) {
  const m = DATE.exec(String(value || ''));
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function iso(d) {
  return d.toISOString().slice(0, 10);
}

function parse(value) {
  const m = DATE.exec(value);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

export function addDays(value, days) {
  const d = parse(value);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The same day months later (or earlier); a day the target month lacks becomes its last day. */
export function addMonths(value, months) {
  const d = parse(value);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return iso(target);
}

/**
 * {from, to} of a preset on day today: the last 3 months end today and start the day after the
 * same day 3 months earlier; "all" has no start (everything up to today); "custom" keeps nothing.
 */
export function presetRange(preset, today) {
  const year = today.slice(0, 4);
  switch (preset) {
    case 'last3m': return { from: addDays(addMonths(today, -3), 1), to: today };
    case 'year': return { from: `${year}-01-01`, to: today };
    case 'lastYear': return { from: `${+year - 1}-01-01`, to: `${+year - 1}-12-31` };
    case 'all': return { from: '', to: today };
    default: return null;
  }
}

/** The preset whose range is exactly from–to on day today, else 'custom'. */
export function presetOf(from, to, today) {
  const found = PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r && r.from === (from || '') && r.to === (to || '');
  });
  return found || 'custom';
}

/** The i18n key of what is wrong with a period, or null. An empty from means "from the start". */
export function periodIssue(from, to) {
  if ((from && !isDate(from)) || !isDate(to)) return 'report.issue.date';
  if (from && from > to) return 'report.issue.dates';
  return null;
}
