// Going to the login page and back. Pure: no DOM; callers pass location parts in.

import { pages } from './urls.js';

const BASE = 'http://same-site.invalid';

/**
 * The page to open after login: `raw` (the "next" parameter) when it is a path of this site,
 * else the map. Only a relative path starting with "/" (not "//", no backslash, no control
 * characters) is accepted, so a crafted link cannot send the user to another site; the login
 * page itself is never a target.
 */
export function safeNext(raw) {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) return pages.map;
  // Browsers read "\" as "/" and drop tabs and newlines, which would turn "/\evil" into "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return pages.map;
  let url;
  try {
    url = new URL(raw, BASE);
  } catch {
    return pages.map;
  }
  if (url.origin !== BASE || url.pathname === pages.login) return pages.map;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page URL that comes back to the given location ({pathname, search, hash}). */
export function loginHref(where) {
  const here = `${where.pathname || '/'}${where.search || ''}${where.hash || ''}`;
  const next = safeNext(here);
  return next === pages.map ? pages.login : `${pages.login}?next=${encodeURIComponent(next)}`;
}
