// Rules and display helpers for accounts, roles, street scopes and API tokens. Pure: no DOM;
// labels are i18n keys the callers translate. The server enforces every rule again.

import { ROLES } from './schema.js';
import { todayIn } from './format.js';

export { ROLES };

/** Roles that may have an empty scope, which means every street (Role.mayHaveAllStreets). */
export const ALL_STREETS_ROLES = ['district', 'planner', 'admin'];

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const USERNAME_MAX = 64;
export const TOKEN_NAME_MAX = 100;

const STREET_CODE = /^\d{9}$/;
/** As the server's Users.NAME: 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export function mayHaveAllStreets(role) {
  return ALL_STREETS_ROLES.includes(role);
}

/**
 * The i18n key of what is wrong with a new password, or null. Only the length is checked here
 * (in characters, as the server counts them); the server also refuses common passwords.
 */
export function passwordIssue(password) {
  const length = [...String(password ?? '')].length;
  if (length < PASSWORD_MIN) return 'password.tooShort';
  if (length > PASSWORD_MAX) return 'password.tooLong';
  return null;
}

/**
 * The i18n key of what is wrong with a scope for role, or null. scope: [] for all streets, the
 * street codes, or null when nothing was chosen at all.
 */
export function scopeIssue(role, scope) {
  if (scope == null) return mayHaveAllStreets(role) ? 'scope.choose' : 'scope.required';
  if (!Array.isArray(scope) || scope.some((c) => !STREET_CODE.test(c))) return 'scope.invalid';
  if (scope.length === 0 && !mayHaveAllStreets(role)) return 'scope.required';
  return null;
}

/**
 * Problems of a user form as [{field, key}] (empty when it may be sent). Checks the fields that
 * are present: username, role, scope, password.
 */
export function userFormIssues(form) {
  const issues = [];
  if ('username' in form) {
    const name = String(form.username ?? '').trim();
    if (!name) issues.push({ field: 'username', key: 'user.usernameRequired' });
    else if (!USERNAME.test(name)) issues.push({ field: 'username', key: 'user.usernameInvalid' });
  }
  if ('role' in form && !ROLES.includes(form.role)) issues.push({ field: 'role', key: 'user.roleRequired' });
  if ('scope' in form) {
    const key = scopeIssue(form.role, form.scope);
    if (key) issues.push({ field: 'scope', key });
  }
  if ('password' in form) {
    const key = passwordIssue(form.password);
    if (key) issues.push({ field: 'password', key });
  }
  return issues;
}

/** Streets {code, name} from admin-unit features of level street, sorted by code. */
export function streetsOf(features) {
  return (Array.isArray(features) ? features : [])
    .map((f) => ({ code: String((f.properties && f.properties.code) || f.id || ''), name: (f.properties && f.properties.name) || '' }))
    .filter((s) => s.code)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Street names of a scope (the code itself for a street not in the list); [] means all. */
export function scopeNames(scope, streets) {
  const names = new Map((streets || []).map((s) => [s.code, s.name || s.code]));
  return (Array.isArray(scope) ? scope : []).map((code) => names.get(code) || String(code));
}

/**
 * 'revoked', 'expired' or 'active'. A date-only expiry ("2025-12-31") is valid through that day
 * in the display zone; an instant until that instant.
 */
export function tokenState(token, now = new Date()) {
  if (token.revokedAt) return 'revoked';
  const exp = token.expiresAt;
  if (exp) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(exp)) {
      if (exp < todayIn(undefined, now)) return 'expired';
    } else {
      const at = new Date(exp).getTime();
      if (Number.isFinite(at) && at <= now.getTime()) return 'expired';
    }
  }
  return 'active';
}

/** Tokens for display: active first, then by creation, newest first. */
export function sortTokens(tokens, now = new Date()) {
  const rank = { active: 0, expired: 1, revoked: 2 };
  return [...(Array.isArray(tokens) ? tokens : [])].sort((a, b) =>
    rank[tokenState(a, now)] - rank[tokenState(b, now)] || String(b.createdAt || '').localeCompare(String(a.createdAt || '')));
}

/** Users for display, by username. */
export function sortUsers(users) {
  return [...(Array.isArray(users) ? users : [])].sort((a, b) => String(a.username).localeCompare(String(b.username)));
}

/** The earliest last valid day a new token may have: today in the display zone ("YYYY-MM-DD"). */
export function minTokenExpiry(now = new Date()) {
  return todayIn(undefined, now);
}

/** The user of GET /api/me or POST /api/session, with every member of the expected type. */
export function normalizeMe(raw) {
  const r = raw && typeof raw === 'object' ? raw : {};
  return {
    id: r.id == null ? '' : String(r.id),
    username: r.username == null ? '' : String(r.username),
    role: typeof r.role === 'string' ? r.role : '',
    scope: Array.isArray(r.scope) ? r.scope.map(String) : [],
    masked: r.masked === true,
  };
}

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password (no look-alike characters) for a new account or a reset. */
export function randomPassword(length = 16, random = globalThis.crypto) {
  const bytes = new Uint8Array(length);
  const out = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  while (out.length < length) {
    random.getRandomValues(bytes);
    for (const b of bytes) if (b < limit && out.length < length) out.push(PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]);
  }
  return out.join('');
}

/** True for security-event outcomes that report a refusal or a failure (shown in red). */
export function isBadOutcome(outcome) {
  return /^(login_failed|login_throttled|denied)/.test(String(outcome || ''));
}

/**
 * The last day a token works ("YYYY-MM-DD"), as the user chose it when creating it: the server
 * stores the end of that day (UTC) as expiresAt. null for no expiry.
 */
export function tokenLastDay(expiresAt) {
  if (!expiresAt) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expiresAt)) return expiresAt;
  const at = new Date(expiresAt).getTime();
  if (!Number.isFinite(at)) return null;
  return new Date(at - 1).toISOString().slice(0, 10);
}
