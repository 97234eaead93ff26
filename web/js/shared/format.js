// Turning API values into display text. Pure: no DOM, no i18n state (callers pass labels in).

export const TIME_ZONE = 'Asia/Shanghai';

const EMPTY = '—';

function parts(date, timeZone) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const out = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/**
 * An ISO instant ("2022-05-23T02:10:00Z") as "2022-05-23 10:10" in the given zone (Shanghai by
 * default). The same shape in both languages: it is unambiguous and sorts. Unparseable → "—".
 */
export function formatDateTime(iso, timeZone = TIME_ZONE) {
  if (iso == null || iso === '') return EMPTY;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return EMPTY;
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** An ISO date ("2022-06-30") stays as it is; an instant is shown as its date in the zone. */
export function formatDate(value, timeZone = TIME_ZONE) {
  if (value == null || value === '') return EMPTY;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return EMPTY;
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today's date ("YYYY-MM-DD") in the zone, for deadline checks. */
export function todayIn(timeZone = TIME_ZONE, now = new Date()) {
  return formatDate(now.toISOString(), timeZone);
}

/** A number with thousands separators and at most `digits` decimals; null → "—". */
export function formatNumber(value, digits = 1) {
  if (value == null || value === '' || !Number.isFinite(Number(value))) return EMPTY;
  return Number(value).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** An area in m² with its unit: formatArea(1234.56) → "1,234.6 m²". */
export function formatArea(value, unit = 'm²') {
  const n = formatNumber(value, 1);
  return n === EMPTY ? EMPTY : `${n} ${unit}`;
}

/** Text as it came, or "—" when missing or blank. Masked values ("138****5678") pass unchanged. */
export function formatText(value) {
  if (value == null) return EMPTY;
  const s = String(value).trim();
  return s === '' ? EMPTY : s;
}

/** True when the case has a deadline before today and is not yet finished. */
export function isOverdue(deadline, status, today, finishedStatuses = []) {
  if (!deadline || finishedStatuses.includes(status)) return false;
  return formatDate(deadline) < today;
}
